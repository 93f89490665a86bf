using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StatiqPat.Diagnostics;
using StatiqPat.Loading.Fields;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Schemas;

/// <summary>A colour as <c>#rrggbb</c>, the one form the stylesheet generator and contrast checks understand.</summary>
public sealed partial class ColourValueReader : IValueReader<string>
{
    public string Expected => "une couleur #rrggbb";

    public bool TryRead(YamlNode node, ReadContext context, out string value)
    {
        if (!Scalars.TryText(node, context, Expected, out value))
        {
            return false;
        }

        if (Pattern().IsMatch(value))
        {
            value = value.ToLowerInvariant();
            return true;
        }

        context.Error(ErrorCodes.InvalidValue, node, $"« {value} » n'est pas une couleur #rrggbb",
            "écrivez la couleur entre guillemets, par exemple \"#f4a300\"");
        return false;
    }

    public JsonObject Describe(SchemaContext context) => new() { ["type"] = "string", ["pattern"] = Pattern().ToString() };

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Pattern();
}
