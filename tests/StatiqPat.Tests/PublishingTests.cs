using System.Text;
using System.Xml.Linq;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>Feeds, sitemap, robots.txt and page metadata of the fixture site, parsed as XML and HTML.</summary>
public sealed class PublishingTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_case_feed_lists_every_case_newest_first_with_absolute_links_and_marks_fictitious_ones()
    {
        var result = await Build();

        var feed = Xml(result, "flux/cas.xml");

        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(["https://cooperations-interpat.netlify.app/cas/cas-reel/", "https://cooperations-interpat.netlify.app/cas/projet-fictif/"],
            entries.Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal("Un projet fictif d'essai (projet fictif)", entries[1].Element(Atom + "title")!.Value);
        Assert.Equal("2026-03-01T00:00:00Z", entries[0].Element(Atom + "updated")!.Value);
        Assert.Equal("2026-03-01T00:00:00Z", feed.Root.Element(Atom + "updated")!.Value);
        Assert.Equal("fr", feed.Root.Attribute(XNamespace.Xml + "lang")!.Value);
    }

    [Fact]
    public async Task The_tool_feed_lists_the_tools_and_every_page_advertises_both_feeds()
    {
        var result = await Build();

        var entries = Xml(result, "flux/outils.xml").Root!.Elements(Atom + "entry").ToList();
        Assert.Equal("Outil n° 1 : Atelier d'essai", Assert.Single(entries).Element(Atom + "title")!.Value);
        var home = Html.Page(result, "index.html");
        Assert.Equal(["/flux/cas.xml", "/flux/outils.xml"],
            home.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!));
    }

    [Fact]
    public async Task The_sitemap_lists_every_html_page_but_the_404_with_absolute_urls()
    {
        var result = await Build();

        var locations = Xml(result, "sitemap.xml").Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        var pages = result.Files.Where(f => f.Path.EndsWith("index.html", StringComparison.Ordinal) && Html.IsSitePage(f.Path) && !Html.IsRedirect(Html.Page(result, f.Path)))
            .Select(f => "https://cooperations-interpat.netlify.app/" + f.Path[..^"index.html".Length]).Order(StringComparer.Ordinal);
        Assert.Equal(pages, locations);
        Assert.DoesNotContain(locations, l => l.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_allow_indexing_and_point_to_the_sitemap_except_on_a_preview_which_is_marked_noindex_everywhere()
    {
        var production = await Build();
        var preview = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site"), "https://apercu--exemple.netlify.app", Preview: true));

        Assert.Contains("Sitemap: https://cooperations-interpat.netlify.app/sitemap.xml", Text(production, "robots.txt"));
        Assert.Null(Html.Page(production, "index.html").QuerySelector("meta[name=robots]"));
        Assert.Contains("Disallow: /", Text(preview, "robots.txt"));
        Assert.All(preview.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)),
            f => Assert.Equal("noindex", Html.Page(preview, f.Path).QuerySelector("meta[name=robots]")?.GetAttribute("content")));
        Assert.Equal("https://apercu--exemple.netlify.app/cas/cas-reel/", Html.Page(preview, "cas/cas-reel/index.html").QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Every_page_has_a_description_and_open_graph_title_in_french()
    {
        var result = await Build();

        foreach (var file in result.Files.Where(f => Html.IsSitePage(f.Path)))
        {
            var page = Html.Page(result, file.Path);
            if (Html.IsRedirect(page))
            {
                continue;
            }

            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), file.Path);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[property='og:title']")?.GetAttribute("content")), file.Path);
            Assert.Equal("fr_FR", page.QuerySelector("meta[property='og:locale']")?.GetAttribute("content"));
        }
    }

    [Fact]
    public async Task A_former_address_redirects_with_a_301_on_netlify_and_a_refresh_page_elsewhere()
    {
        var result = await Build();

        Assert.Contains("/cas/ancien-essai/ /cas/cas-reel/ 301", Text(result, "_redirects").Split('\n'));
        var page = Html.Page(result, "cas/ancien-essai/index.html");
        Assert.Equal("0; url=/cas/cas-reel/", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal(["/cas/cas-reel/"], Html.Links(page));
        Assert.DoesNotContain("ancien-essai", Text(result, "sitemap.xml"));
    }

    private static Task<BuildResult> Build() => SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")));

    private static XDocument Xml(BuildResult result, string path) => XDocument.Parse(Text(result, path));

    private static string Text(BuildResult result, string path) =>
        Encoding.UTF8.GetString(result.File(path)?.Content ?? throw new Xunit.Sdk.XunitException($"{path} was not built"));
}
