using System.Text;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>
/// Netlify's <c>_headers</c>: the Content-Security-Policy of every part of the site. Netlify joins the values of
/// every rule a path matches, and two policies are both enforced, so a strict <c>/*</c> rule would also bind
/// <c>/admin/</c>. Instead each top-level part of the site gets its own rule, and <c>/admin/*</c> its own policy.
/// </summary>
public static class HeadersFile
{
    public const string Path = "_headers";

    public static void Write(IOutputSink sink, IEnumerable<SitePage> pages) => sink.WriteAll([Generate(pages)]);

    public static OutputFile Generate(IEnumerable<SitePage> pages)
    {
        var rules = new SortedSet<string>(StringComparer.Ordinal) { "/", "/404.html", "/index.html" };
        foreach (var page in pages)
        {
            var segment = page.Url.Trim('/').Split('/')[0];
            if (segment.Length > 0 && segment != Urls.Admin)
            {
                rules.Add(segment.Contains('.') ? $"/{segment}" : $"/{segment}/*");
            }
        }

        var text = new StringBuilder("# Généré par la construction du site : une politique de sécurité par partie du site (voir HeadersFile.cs).\n");
        foreach (var rule in rules)
        {
            text.Append($"{rule}\n  Content-Security-Policy: {SecurityHeaders.ContentSecurityPolicy}\n");
        }

        text.Append($"/{Urls.Admin}/*\n  Content-Security-Policy: {SecurityHeaders.AdminContentSecurityPolicy}\n");
        return new OutputFile(Path, Encoding.UTF8.GetBytes(text.ToString()));
    }
}
