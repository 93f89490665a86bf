using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using StatiqPat.Text;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>A vocabulary slug: it becomes part of URLs, so only lower-case ASCII letters, digits and dashes.</summary>
public sealed class SlugValueReader : ScalarValueReader<string>
{
    public override string Expected => "un identifiant (minuscules, chiffres, tirets)";

    public override JsonObject Describe(SchemaContext context) =>
        new() { ["type"] = "string", ["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$" };

    public override string Text(string value) => value;

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out string value)
    {
        value = text;
        if (text.Length > 0 && Slugs.From(text) == text)
        {
            return true;
        }

        context.Error(ErrorCodes.InvalidValue, node, $"« {text} » n'est pas un identifiant valide", $"écrivez « {Slugs.From(text)} »");
        return false;
    }
}
