using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>Yes or no. French contributors write "oui"/"non"; YAML tools write true/false: both are accepted.</summary>
public sealed class BooleanValueReader : ScalarValueReader<bool>
{
    public override string Expected => "oui ou non";

    public override JsonObject Describe(SchemaContext context) => new()
    {
        ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "boolean" },
            new JsonObject { ["enum"] = new JsonArray("oui", "non") }),
    };

    public override void Write(Utf8JsonWriter json, bool value) => json.WriteBooleanValue(value);

    public override string Text(bool value) => value ? "oui" : "non";

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out bool value)
    {
        value = text.ToLowerInvariant() is "oui" or "true";
        if (value || text.ToLowerInvariant() is "non" or "false")
        {
            return true;
        }

        context.Error(ErrorCodes.WrongType, node, $"« {text} » n'est ni oui ni non", "écrivez oui ou non");
        return false;
    }
}
