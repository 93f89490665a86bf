using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StatiqPat.Tests.Support;

/// <summary>Parses built pages with AngleSharp, so assertions look at the document, not at strings.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Page(BuildResult result, string path)
    {
        var file = result.File(path) ?? throw new Xunit.Sdk.XunitException($"No file '{path}' in the build. Files: {string.Join(", ", result.Files.Select(f => f.Path))}");
        return Parser.ParseDocument(Encoding.UTF8.GetString(file.Content));
    }

    /// <summary>
    /// A page of the site proper. The web form's <c>admin/index.html</c> is not one: Decap CMS owns its whole
    /// document (no site layout, no description, not in the sitemap), and it has tests of its own.
    /// </summary>
    public static bool IsSitePage(string path) =>
        path.EndsWith(".html", StringComparison.Ordinal) && !path.StartsWith(Cms.AdminFiles.Folder + "/", StringComparison.Ordinal);

    /// <summary>Pages left at former addresses only refresh to the new one; page-level checks skip them.</summary>
    public static bool IsRedirect(IDocument page) => page.QuerySelector("meta[http-equiv=refresh]") is not null;

    public static IReadOnlyList<string> Links(IDocument document, string selector = "main a[href]") =>
        document.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).ToList();
}
