using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Fields;

/// <summary>Yes or no. French contributors write "oui"/"non"; YAML tools write true/false: both are accepted.</summary>
public sealed class BooleanValueReader : IValueReader<bool>
{
    public string Expected => "oui ou non";

    public bool TryRead(YamlNode node, ReadContext context, out bool value)
    {
        value = false;
        if (!Scalars.TryText(node, context, Expected, out var text))
        {
            return false;
        }

        switch (text.ToLowerInvariant())
        {
            case "oui" or "true":
                value = true;
                return true;
            case "non" or "false":
                return true;
            default:
                context.Error(ErrorCodes.WrongType, node, $"« {text} » n'est ni oui ni non", "écrivez oui ou non");
                return false;
        }
    }

    public JsonObject Describe(SchemaContext context) => new()
    {
        ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "boolean" },
            new JsonObject { ["enum"] = new JsonArray("oui", "non") }),
    };
}
