using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Loading.Fields;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Schemas;

/// <summary>A former address of the site, written as the path shown in a browser: <c>/cas/ancien-nom/</c>.</summary>
public sealed partial class FormerUrlValueReader : IValueReader<FormerUrl>
{
    public string Expected => "une adresse du site, comme /cas/ancien-nom/";

    public bool TryRead(YamlNode node, ReadContext context, out FormerUrl value)
    {
        value = new FormerUrl("", context.At(node));
        if (!Scalars.TryText(node, context, Expected, out var path))
        {
            return false;
        }

        if (!Pattern().IsMatch(path))
        {
            context.Error(ErrorCodes.InvalidValue, node, $"« {path} » n'est pas une adresse du site",
                "écrivez le chemin seul, entre deux barres obliques, en minuscules sans accents : /cas/ancien-nom/");
            return false;
        }

        value = value with { Path = path };
        return true;
    }

    public JsonObject Describe(SchemaContext context) => new() { ["type"] = "string", ["pattern"] = Pattern().ToString() };

    [GeneratedRegex("^/([a-z0-9]+(-[a-z0-9]+)*/)+$")]
    private static partial Regex Pattern();
}
