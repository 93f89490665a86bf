using AngleSharp.Dom;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>The valid fixture (one sheet of each kind and a fictitious case), built in memory and read as HTML.</summary>
public sealed class FixtureSiteTests : IClassFixture<FixtureSiteTests.Built>
{
    private readonly BuildResult result;

    public FixtureSiteTests(Built built) => result = built.Result;

    [Fact]
    public void The_fixture_builds_every_page_kind_at_stable_extensionless_urls()
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pages = result.Files.Where(f => Html.IsSitePage(f.Path)).Select(f => f.Path).ToList();
        Assert.Superset(
            new HashSet<string>
            {
                "404.html", "a-propos/index.html", "cas/cas-reel/index.html", "cas/index.html", "cas/projet-fictif/index.html",
                "glossaire/index.html", "index.html",
                "outils/atelier-test/index.html", "outils/index.html", "territoires/commune-a/index.html",
                "territoires/index.html", "territoires/interco-b/index.html", "explorer/index.html", "typologie/index.html",
                "typologie/bons-voisins/index.html", "annees/2021/index.html", "matrices/index.html", "matrices/types-degres/index.html",
                "matrices/niveaux/index.html", "matrices/territoires/index.html", "matrices/fonctions-niveaux/index.html",
                "matrices/carto/index.html", "matrices/carto/departement-vosges/index.html",
            },
            pages.ToHashSet());
        Assert.Equal(pages.Count, result.PageCount);
    }

    [Fact]
    public void Every_page_is_french_titled_and_has_one_main_landmark_and_a_skip_link()
    {
        foreach (var file in result.Files.Where(f => Html.IsSitePage(f.Path)))
        {
            var page = Html.Page(result, file.Path);
            Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
            if (Html.IsRedirect(page))
            {
                continue;
            }

            Assert.False(string.IsNullOrWhiteSpace(page.Title), file.Path);
            Assert.Single(page.QuerySelectorAll("main#contenu"));
            Assert.Equal("#contenu", page.QuerySelector("a.skip-link")?.GetAttribute("href"));
            Assert.Single(page.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public void The_home_page_leads_to_the_lists_and_to_the_latest_cases()
    {
        var home = Html.Page(result, "index.html");
        var links = Html.Links(home);
        Assert.Contains("/cas/", links);
        Assert.Contains("/outils/", links);
        Assert.Contains("/territoires/", links);
        Assert.Contains("/cas/cas-reel/", links);
        Assert.Contains("/outils/atelier-test/", links);
    }

    [Fact]
    public void A_case_page_links_its_territories_actors_and_tools_and_shows_missing_fields_as_not_provided()
    {
        var page = Html.Page(result, "cas/cas-reel/index.html");
        var links = Html.Links(page);
        Assert.Contains("/territoires/commune-a/", links);
        Assert.Contains("/territoires/interco-b/", links);
        Assert.Contains("/outils/atelier-test/", links);
        Assert.Equal("Un cas réel d'essai", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("La commune et l'intercommunalité partagent une étude : c'est l'innovation.", Definition(page, "Innovation inter-niveaux"));
        Assert.Equal("non renseigné", Definition(page, "Bénéfice"));
        Assert.Equal("non renseigné", Definition(page, "Formalisation"));
        Assert.Equal("Actions communes ponctuelles / mutualisation", Definition(page, "Degré de coopération"));
        Assert.Equal("2020 – 2022", Definition(page, "Période"));
        Assert.Equal("Une carte d'essai", page.QuerySelector("figure img")?.GetAttribute("alt"));
        Assert.NotNull(page.QuerySelector("main table caption"));
        Assert.All(page.QuerySelectorAll("main table"), table =>
        {
            var wrapper = table.ParentElement!;
            Assert.Equal("table-scroll", wrapper.ClassName);
            Assert.Equal("0", wrapper.GetAttribute("tabindex"));
        });
        Assert.Equal(2, page.QuerySelectorAll("main table").Length);
        Assert.All(page.QuerySelectorAll("main table th[scope]"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
        Assert.Contains("1er février 2026", page.QuerySelector(".dates")?.TextContent);
        Assert.NotNull(page.QuerySelector("header .qr svg[viewBox]"));
        Assert.Equal("all", page.QuerySelector("header .qr")?.GetAttribute("data-pagefind-ignore"));
        Assert.Equal("https://cooperations-interpat.netlify.app/cas/cas-reel/", page.QuerySelector("header .qr-caption")?.TextContent);
    }

    [Fact]
    public void Editorial_pages_sit_at_the_root_keep_their_headings_and_are_linked_from_every_footer_in_menu_order()
    {
        var page = Html.Page(result, "a-propos/index.html");
        Assert.Equal("À propos du site d'essai", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("H2", page.GetElementById("qui-ecrit")?.TagName);
        Assert.Equal(["/cas/cas-reel/", "/glossaire/"], Html.Links(page, ".prose a[href]"));

        foreach (var path in new[] { "index.html", "cas/cas-reel/index.html", "404.html" })
        {
            Assert.Equal(["/glossaire/", "/a-propos/"], Html.Links(Html.Page(result, path), "footer nav a[href]"));
        }

        Assert.Equal(["/glossaire/", "/a-propos/"], Html.Links(Html.Page(result, "index.html"), ".guide-list a[href]"));
    }

    [Fact]
    public void Internal_markdown_links_become_site_urls()
    {
        var tool = Html.Page(result, "outils/atelier-test/index.html");
        var prose = Html.Links(tool, ".prose a[href]");
        Assert.Equal(["/territoires/commune-a/", "/cas/cas-reel/#ce-qui-change"], prose);
        var target = Html.Page(result, "cas/cas-reel/index.html");
        Assert.Equal("H3", target.GetElementById("ce-qui-change")?.TagName);
    }

    [Fact]
    public void A_fictitious_case_is_marked_as_such_on_every_page_that_lists_it()
    {
        foreach (var path in new[] { "cas/index.html", "index.html", "territoires/interco-b/index.html" })
        {
            var card = Html.Page(result, path).QuerySelectorAll("article.card")
                .Single(c => c.QuerySelector("a")?.GetAttribute("href") == "/cas/projet-fictif/");
            Assert.Contains("Projet fictif", card.QuerySelector(".badge-fictitious")?.TextContent);
        }

        Assert.NotNull(Html.Page(result, "cas/projet-fictif/index.html").QuerySelector("header .badge-fictitious"));
    }

    [Fact]
    public void A_territory_page_shows_its_nesting_its_cases_and_engagement_with_not_provided_cells()
    {
        var child = Html.Page(result, "territoires/commune-a/index.html");
        Assert.Contains("/territoires/interco-b/", Html.Links(child));
        Assert.Contains("/cas/cas-reel/", Html.Links(child));
        var rows = child.QuerySelectorAll(".engagement-table tbody tr").ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal("Fort", Row(rows, "Manger"));
        Assert.Equal("Aucun ou presque", Row(rows, "Cultiver"));
        Assert.Equal("non renseigné", Row(rows, "Éduquer"));
        Assert.Equal("reconnu en 2021, niveau 1", Definition(child, "Projet alimentaire territorial"));

        var parent = Html.Page(result, "territoires/interco-b/index.html");
        Assert.Contains("/territoires/commune-a/", Html.Links(parent));
        Assert.Contains("/cas/projet-fictif/", Html.Links(parent));
    }

    [Fact]
    public void Advice_the_sources_do_not_give_is_shown_as_the_editors_own()
    {
        var tool = Html.Page(result, "outils/atelier-test/index.html");
        var advice = Assert.Single(tool.QuerySelectorAll("main .conseil"));
        Assert.Equal("note", advice.GetAttribute("role"));
        Assert.Equal("Conseil de l'équipe éditoriale", advice.QuerySelector(".conseil-titre")?.TextContent);
        Assert.Equal("Préparez les cartes la veille.", advice.QuerySelector(".conseil-titre ~ p")?.TextContent);
        Assert.DoesNotContain(":::", tool.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void A_tool_page_lists_the_cases_that_used_it_and_its_follow_up()
    {
        var tool = Html.Page(result, "outils/atelier-test/index.html");
        Assert.Contains("/cas/cas-reel/", Html.Links(tool, ".card a[href]"));
        Assert.Equal("Suite : Suite d'essai", tool.GetElementById("suite")?.TextContent);
        Assert.Equal(["Présenter l'atelier.", "Faire tourner les tables. (40 min)"],
            tool.GetElementById("deroule")!.ParentElement!.QuerySelectorAll(".steps li").Select(li => Normalize(li.TextContent)));
        Assert.Equal("2 h", Definition(tool, "Durée"));
    }

    [Fact]
    public void Stylesheets_are_fingerprinted_and_every_local_reference_resolves_to_a_built_file()
    {
        var paths = result.Files.Select(f => "/" + f.Path).ToHashSet();
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = Html.Page(result, file.Path);
            foreach (var reference in page.QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(r => r.StartsWith('/')))
            {
                var path = reference.Split('#')[0].Split('?')[0];
                Assert.True(paths.Contains(path) || paths.Contains(path + "index.html"), $"{file.Path} links to missing {reference}");
            }
        }

        Assert.Contains(result.Files, f => System.Text.RegularExpressions.Regex.IsMatch(f.Path, @"^assets/site\.[0-9a-f]{10}\.css$"));
        Assert.Contains(result.Files, f => f.Path == "images/carte.svg");
    }

    [Fact]
    public void French_text_is_written_as_characters_not_entities()
    {
        var html = System.Text.Encoding.UTF8.GetString(result.File("cas/cas-reel/index.html")!.Content);
        Assert.Contains("Un cas réel d", html);
        Assert.DoesNotContain("&#xE9;", html);
    }

    [Fact]
    public void The_404_page_names_no_canonical_address_while_an_ordinary_page_names_its_own()
    {
        var missing = Html.Page(result, "404.html");
        Assert.Null(missing.QuerySelector("link[rel=canonical]"));
        Assert.Null(missing.QuerySelector("meta[property='og:url']"));

        var page = Html.Page(result, "cas/cas-reel/index.html");
        Assert.Equal("https://cooperations-interpat.netlify.app/cas/cas-reel/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("https://cooperations-interpat.netlify.app/cas/cas-reel/", page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
    }

    [Fact]
    public void Pages_load_nothing_from_another_host()
    {
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = Html.Page(result, file.Path);
            var loaded = page.QuerySelectorAll("link[href], script[src], img[src], iframe, source[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "")
                .Where(u => !u.StartsWith("/", StringComparison.Ordinal) || u.StartsWith("//", StringComparison.Ordinal));
            Assert.DoesNotContain(loaded, u => !IsCanonical(page, u));
        }
    }

    private static bool IsCanonical(IDocument page, string url) =>
        page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") == url;

    private static string Definition(IDocument page, string term) =>
        Normalize(page.QuerySelectorAll("dt").First(dt => Normalize(dt.TextContent) == term).NextElementSibling!.TextContent);

    private static string Row(IEnumerable<IElement> rows, string function) =>
        Normalize(rows.First(r => r.QuerySelector("th")!.TextContent.StartsWith(function, StringComparison.Ordinal)).QuerySelector("td")!.TextContent);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public sealed class Built : IAsyncLifetime
    {
        public BuildResult Result { get; private set; } = null!;

        public async Task InitializeAsync() => Result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")));

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
