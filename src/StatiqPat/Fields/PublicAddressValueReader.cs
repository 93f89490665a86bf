using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>
/// The address a site is published at: <c>https://</c>, a host, and at most a path. Every page's canonical link,
/// sitemap and feed start with it, so a query, a fragment or a user name would be copied into all of them.
/// </summary>
/// <remarks>Addresses cited by sources keep <see cref="UrlValueReader"/>: they are recorded as printed, http or not.</remarks>
public sealed class PublicAddressValueReader : ScalarValueReader<string>
{
    public override string Expected => "une adresse https";

    public override JsonObject Describe(SchemaContext context) =>
        new() { ["type"] = "string", ["format"] = "uri", ["pattern"] = "^https://[^/?#@\\s]+(/[^?#\\s]*)?$" };

    public override string Text(string value) => value;

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out string value)
    {
        value = text;

        // « https:exemple.org » parses as an address too; requiring « :// » keeps to the form the hint shows.
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !text.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase))
        {
            context.Error(ErrorCodes.InvalidValue, node, $"« {text} » n'est pas une adresse web complète",
                "écrivez l'adresse publique entière, par exemple url: https://cooperations-interpat.netlify.app");
            return false;
        }

        var bare = $"https://{uri.Authority}{uri.AbsolutePath}".TrimEnd('/');
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            context.Error(ErrorCodes.InvalidValue, node, $"« {text} » n'est pas une adresse https",
                $"l'adresse publique du site commence par https:// : url: {bare}");
            return false;
        }

        if (uri.UserInfo.Length > 0 || text.Contains('?') || text.Contains('#'))
        {
            context.Error(ErrorCodes.InvalidValue, node, $"« {text} » contient plus que l'adresse du site (identifiant, « ? » ou « # »)",
                $"gardez le début de l'adresse, auquel le site ajoute celle de chaque page : url: {bare}");
            return false;
        }

        return true;
    }
}
