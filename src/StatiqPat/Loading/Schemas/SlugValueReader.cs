using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using StatiqPat.Loading.Fields;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Schemas;

/// <summary>A vocabulary slug: it becomes part of URLs, so only lower-case ASCII letters, digits and dashes.</summary>
public sealed class SlugValueReader : IValueReader<string>
{
    public string Expected => "un identifiant (minuscules, chiffres, tirets)";

    public bool TryRead(YamlNode node, ReadContext context, out string value)
    {
        if (!Scalars.TryText(node, context, Expected, out value))
        {
            return false;
        }

        if (value.Length > 0 && Slugs.From(value) == value)
        {
            return true;
        }

        context.Error(ErrorCodes.InvalidValue, node, $"« {value} » n'est pas un identifiant valide", $"écrivez « {Slugs.From(value)} »");
        return false;
    }

    public JsonObject Describe(SchemaContext context) =>
        new() { ["type"] = "string", ["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$" };
}
