using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>A colour as <c>#rrggbb</c>, the one form the stylesheet generator and contrast checks understand.</summary>
public sealed partial class ColourValueReader : ScalarValueReader<string>
{
    public override string Expected => "une couleur #rrggbb";

    public override JsonObject Describe(SchemaContext context) => new() { ["type"] = "string", ["pattern"] = Pattern().ToString() };

    public override string Text(string value) => value;

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out string value)
    {
        value = text.ToLowerInvariant();
        if (Pattern().IsMatch(text))
        {
            return true;
        }

        context.Error(ErrorCodes.InvalidValue, node, $"« {text} » n'est pas une couleur #rrggbb",
            "écrivez la couleur entre guillemets, par exemple \"#f4a300\"");
        return false;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Pattern();
}
