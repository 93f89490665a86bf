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

    /// <summary>Pages left at former addresses only refresh to the new one; page-level checks skip them.</summary>
    public static bool IsRedirect(IDocument page) => page.QuerySelector("meta[http-equiv=refresh]") is not null;

    public static IReadOnlyList<string> Links(IDocument document, string selector = "main a[href]") =>
        document.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).ToList();
}
