using System.Text;
using StatiqPat.Indexing;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>What makes the site findable: Atom feeds of cases and tools, the sitemap, robots.txt.</summary>
public static class PublishingFiles
{
    public const string CaseFeed = "/flux/cas.xml";
    public const string ToolFeed = "/flux/outils.xml";

    public static void Write(IOutputSink sink, SiteIndex index, IEnumerable<SitePage> pages, string baseUrl, bool preview) =>
        sink.WriteAll(Generate(index, pages, baseUrl, preview));

    public static IReadOnlyList<OutputFile> Generate(SiteIndex index, IEnumerable<SitePage> pages, string baseUrl, bool preview)
    {
        var content = index.Content;
        var cases = content.Cases
            .OrderByDescending(c => c.Added).ThenBy(c => c.Slug, StringComparer.Ordinal)
            .Select(c => new AtomFeed.Entry(c.IsFictitious ? $"{c.Title} (projet fictif)" : c.Title, baseUrl + Urls.Case(c.Slug), c.Summary.Context,
                c.Updated ?? c.Added));
        var tools = content.Tools
            .OrderByDescending(t => t.Added).ThenBy(t => t.Number)
            .Select(t => new AtomFeed.Entry($"Outil n° {t.Number} : {t.Title}", baseUrl + Urls.Tool(t.Slug), t.Subtitle ?? t.Title, t.Updated ?? t.Added));
        return
        [
            Text(CaseFeed, AtomFeed.Write($"{content.Settings.Title} : cas inspirants", baseUrl + CaseFeed, baseUrl + "/", cases)),
            Text(ToolFeed, AtomFeed.Write($"{content.Settings.Title} : boîte à expérimenter", baseUrl + ToolFeed, baseUrl + "/", tools)),
            Text("/sitemap.xml", Sitemap(pages, baseUrl)),
            Text("/robots.txt", preview ? "User-agent: *\nDisallow: /\n" : $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}/sitemap.xml\n"),
            .. Redirects.File(content),
        ];
    }

    /// <summary>Every public page, in URL order; the 404 page is not a page anyone should land on from a search.</summary>
    public static string Sitemap(IEnumerable<SitePage> pages, string baseUrl)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        var listed = pages.Where(p => p.Listed && p.Url != Urls.NotFound).Select(p => p.Url);
        foreach (var url in listed.Order(StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(baseUrl + url)).Append("</loc></url>\n");
        }

        return xml.Append("</urlset>\n").ToString();
    }

    private static OutputFile Text(string url, string text) => new(url.TrimStart('/'), Encoding.UTF8.GetBytes(text));
}
