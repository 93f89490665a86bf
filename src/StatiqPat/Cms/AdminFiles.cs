using System.Net;
using System.Text;
using StatiqPat.Content;
using StatiqPat.Routing;
using StatiqPat.Writing;

namespace StatiqPat.Cms;

/// <summary>
/// The <c>/admin/</c> folder: Decap CMS (copied from the npm package pinned in package.json), its generated
/// configuration and the page that starts it. Without a repository to save to, or without Decap installed, the page
/// says how to contribute instead of showing a form that cannot work.
/// </summary>
public static class AdminFiles
{
    public const string Folder = Urls.Admin;

    public static void Write(IOutputSink sink, SiteContent content, string baseUrl, CmsBackend backend, string? decapDist) =>
        sink.WriteAll(Generate(content, baseUrl, backend, decapDist));

    public static IReadOnlyList<OutputFile> Generate(SiteContent content, string baseUrl, CmsBackend backend, string? decapDist)
    {
        var title = WebUtility.HtmlEncode(content.Settings.Title);
        if (backend == CmsBackend.GitHub && content.Settings.Repository.Length == 0)
        {
            return [Page(title, Explanation("le dépôt GitHub du site n'est pas encore renseigné (clé « depot » de input/site.yml)"))];
        }

        if (decapDist is null)
        {
            return [Page(title, Explanation("Decap CMS n'était pas installé sur la machine qui a construit ce site "
                + "(la construction le télécharge avec npm, sauf avec --sans-recherche)"))];
        }

        var config = DecapConfig.Generate(content.Vocabulary, content.Settings, baseUrl, backend);
        return
        [
            Page(title, $"""
                {NoScript}
                <script src="/admin/decap-cms.js"></script>
                """, configLink: true),
            new OutputFile($"{Folder}/config.yml", Encoding.UTF8.GetBytes(config)),
            .. DecapScripts(decapDist),
        ];
    }

    /// <summary>Decap's bundle and the chunks it loads on demand from beside itself; source maps stay out of the site.</summary>
    private static IEnumerable<OutputFile> DecapScripts(string dist) =>
        Directory.GetFiles(dist)
            .Select(Path.GetFileName)
            .Where(name => name is "decap-cms.js"
                || name!.EndsWith(".decap-cms.js", StringComparison.Ordinal)
                || name.EndsWith(".wasm", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new OutputFile($"{Folder}/{name}", File.ReadAllBytes(Path.Combine(dist, name!))));

    /// <summary>The page's message without JavaScript, one line of the page.</summary>
    private const string NoScript = "<noscript><p>Le formulaire de contribution a besoin de JavaScript. Sans lui, proposez une fiche directement "
        + "sur GitHub : le guide du contributeur (CONTRIBUTING.md du dépôt) explique comment.</p></noscript>";

    /// <summary>The other ways to propose a sheet, one line of <see cref="Explanation"/>.</summary>
    private const string Alternatives = "<p>Vous pouvez proposer un cas, un outil ou un territoire directement sur GitHub, ou en ouvrant une demande "
        + "sans écrire de YAML : le guide du contributeur (CONTRIBUTING.md à la racine du dépôt) explique les deux.</p>";

    private static string Explanation(string reason) => $"""
        <main>
        <h1>Proposer une fiche</h1>
        <p>Le formulaire de contribution n'est pas disponible sur ce site : {WebUtility.HtmlEncode(reason)}.</p>
        {Alternatives}
        <p><a href="/">Retour à l'accueil</a></p>
        </main>
        """;

    private static OutputFile Page(string title, string body, bool configLink = false)
    {
        var link = configLink ? "\n<link rel=\"cms-config-url\" type=\"text/yaml\" href=\"/admin/config.yml\">" : "";
        var html = $"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Proposer une fiche · {title}</title>{link}
            </head>
            <body>
            {body}
            </body>
            </html>

            """;
        return new OutputFile($"{Folder}/index.html", Encoding.UTF8.GetBytes(html.ReplaceLineEndings("\n")));
    }
}
