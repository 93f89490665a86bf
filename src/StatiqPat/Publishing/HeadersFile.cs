using System.Text;
using StatiqPat.Routing;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>
/// Netlify's <c>_headers</c>: the Content-Security-Policy of every published path. Netlify joins the values of every
/// rule a path matches, and two policies are both enforced, so a strict <c>/*</c> rule would also bind
/// <c>/admin/</c>. Instead each top-level folder and file the build publishes (pages, data, images, assets alike)
/// gets its own strict rule, and <c>/admin/*</c> its own policy. The rules come from the published files rather than
/// from the pages, so a file that no page sits beside (<c>/images/</c>, <c>/robots.txt</c>) is covered too.
/// </summary>
public static class HeadersFile
{
    public const string Path = "_headers";

    /// <summary>
    /// One rule per top-level entry of <paramref name="published"/> (<c>/x/*</c> for a folder, <c>/x</c> for a file,
    /// <c>/</c> for the home page), sorted so identical input gives identical bytes. The search index's folder is
    /// written after publishing and this file is not among the files it is made from: both are always added.
    /// </summary>
    public static IReadOnlyList<string> Rules(IEnumerable<string> published)
    {
        var rules = new SortedSet<string>(StringComparer.Ordinal) { $"/{FolderTarget.SearchIndexFolder}/*", "/" + Path };
        foreach (var path in published)
        {
            var slash = path.IndexOf('/');
            var top = slash < 0 ? path : path[..slash];
            if (top != Urls.Admin)
            {
                rules.Add(slash < 0 ? "/" + top : $"/{top}/*");
            }

            if (path == "index.html")
            {
                rules.Add("/");
            }
        }

        return [.. rules];
    }

    public static void Write(IOutputSink sink, IReadOnlyList<string> rules)
    {
        var text = new StringBuilder("# Généré par la construction du site : une politique de sécurité par partie du site (voir HeadersFile.cs).\n");
        foreach (var rule in rules)
        {
            text.Append($"{rule}\n  Content-Security-Policy: {SecurityHeaders.ContentSecurityPolicy}\n");
        }

        text.Append($"/{Urls.Admin}/*\n  Content-Security-Policy: {SecurityHeaders.AdminContentSecurityPolicy}\n");
        sink.Write(Path, Encoding.UTF8.GetBytes(text.ToString()));
    }
}
