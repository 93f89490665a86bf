using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>An absolute web address (http or https).</summary>
public sealed class UrlValueReader : ScalarValueReader<string>
{
    public override string Expected => "une adresse web";

    public override JsonObject Describe(SchemaContext context) =>
        new() { ["type"] = "string", ["format"] = "uri", ["pattern"] = "^https?://" };

    public override string Text(string value) => value;

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out string value)
    {
        value = text;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return true;
        }

        context.Error(ErrorCodes.InvalidValue, node, $"« {text} » n'est pas une adresse web complète", "commencez par https://");
        return false;
    }
}
