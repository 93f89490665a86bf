using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Fields;

/// <summary>An absolute web address (http or https).</summary>
public sealed class UrlValueReader : IValueReader<string>
{
    public string Expected => "une adresse web";

    public bool TryRead(YamlNode node, ReadContext context, out string value)
    {
        if (!Scalars.TryText(node, context, Expected, out value))
        {
            return false;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return true;
        }

        context.Error(ErrorCodes.InvalidValue, node, $"« {value} » n'est pas une adresse web complète",
            "commencez par https://");
        return false;
    }

    public JsonObject Describe(SchemaContext context) =>
        new() { ["type"] = "string", ["format"] = "uri", ["pattern"] = "^https?://" };
}
