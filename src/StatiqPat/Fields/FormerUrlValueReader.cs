using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>A former address of the site, written as the path shown in a browser: <c>/cas/ancien-nom/</c>.</summary>
public sealed partial class FormerUrlValueReader : ScalarValueReader<FormerUrl>
{
    public override string Expected => "une adresse du site, comme /cas/ancien-nom/";

    public override JsonObject Describe(SchemaContext context) => new() { ["type"] = "string", ["pattern"] = Pattern().ToString() };

    public override string Text(FormerUrl value) => value.Path;

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out FormerUrl value)
    {
        value = new FormerUrl(text, context.At(node));
        if (Pattern().IsMatch(text))
        {
            return true;
        }

        context.Error(ErrorCodes.InvalidValue, node, $"« {text} » n'est pas une adresse du site",
            "écrivez le chemin seul, entre deux barres obliques, en minuscules sans accents : /cas/ancien-nom/");
        return false;
    }

    [GeneratedRegex("^/([a-z0-9]+(-[a-z0-9]+)*/)+$")]
    private static partial Regex Pattern();
}
