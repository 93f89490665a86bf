using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Indexing;
using StatiqPat.Pages;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Site;
using StatiqPat.Theme.Models.Territories;

namespace StatiqPat.Tests;

/// <summary>Page generation is a pure function of the index: these tests build records in memory, no disk, no renderer.</summary>
public sealed class PageGenerationTests
{
    private static readonly Term Commune = new("commune", "Commune", "", null, 5, null);
    private static readonly Term Epci = new("intercommunalite", "Intercommunalité", "", null, 4, null);
    private static readonly Term Real = new("reel", "Cas réel", "", null, 1, null);
    private static readonly Term Fictitious = new("fictif", "Projet fictif", "", null, 2, null);
    private static readonly AssetLinks Assets = new("/a.css", "/b.css", "/i.svg");

    [Fact]
    public void Relations_are_computed_both_ways_from_the_references()
    {
        var index = Index(
            [Case("a", Real, territories: ["t1"], tools: ["o1"]), Case("b", Fictitious, territories: ["t2"], actorTerritory: "t1")],
            [Tool("o1")],
            [Territory("t1", Commune, parents: ["t2"]), Territory("t2", Epci)]);

        Assert.Equal(["a", "b"], index.CasesOfTerritory("t1").Select(c => c.Slug));
        Assert.Equal(["a"], index.CasesUsingTool("o1").Select(c => c.Slug));
        Assert.Equal(["t1"], index.ChildrenOf("t2").Select(t => t.Slug));
        Assert.Empty(index.ChildrenOf("t1"));
    }

    [Fact]
    public void The_generated_site_has_one_page_per_sheet_plus_home_lists_and_404()
    {
        var index = Index([Case("a", Real), Case("b", Real)], [Tool("o1")], [Territory("t1", Commune)]);

        var pages = SitePages.Generate(index, Assets, "https://example.org");

        Assert.Equal(
            ["/", "/cas/", "/outils/", "/territoires/", "/404.html", "/cas/a/", "/cas/b/", "/outils/o1/", "/territoires/t1/"],
            pages.Select(p => p.Url).Take(9));
        Assert.Contains(pages, p => p.Url == "/matrices/types-degres/");
        Assert.Equal("https://example.org/cas/a/", pages.Single(p => p.Url == "/cas/a/").Model.Frame.CanonicalUrl);
    }

    [Fact]
    public void The_territory_list_groups_by_level_in_vocabulary_order_and_counts_cases()
    {
        var index = Index([Case("a", Real, territories: ["t1"])], [], [Territory("t1", Commune), Territory("t2", Epci)]);

        var list = (TerritoryListPageModel)SitePages.Generate(index, Assets, null).Single(p => p.Url == "/territoires/").Model;

        Assert.Equal(["Intercommunalité", "Commune"], list.Groups.Select(g => g.Level));
        Assert.Equal(1, list.Groups[1].Territories.Single().CaseCount);
    }

    [Fact]
    public void The_home_page_shows_the_latest_cases_first()
    {
        var older = Case("ancien", Real) with { Added = new DateOnly(2024, 1, 1) };
        var newer = Case("recent", Real) with { Added = new DateOnly(2025, 1, 1) };
        var home = (HomePageModel)SitePages.Generate(Index([older, newer], [], []), Assets, null).Single(p => p.Url == "/").Model;

        Assert.Equal(["/cas/recent/", "/cas/ancien/"], home.LatestCases.Select(c => c.Url));
    }

    private static SiteIndex Index(CaseSheet[] cases, ToolSheet[] tools, TerritoryProfile[] territories)
    {
        var vocabulary = new Vocabulary
        {
            Levels = new TermList("niveaux", "Niveaux") { Terms = [Epci, Commune] },
            Statuses = new TermList("statuts", "Statuts") { Terms = [Real, Fictitious] },
        };
        var settings = new SiteSettings { Title = "Site", Description = "Description", Licence = "CC" };
        return new SiteIndex(new SiteContent(settings, vocabulary, cases, tools, territories, []));
    }

    private static CaseSheet Case(string slug, Term status, string[]? territories = null, string[]? tools = null, string? actorTerritory = null) => new()
    {
        Slug = slug,
        Title = $"Cas {slug}",
        Status = status,
        Summary = new CaseSummary { Context = "Contexte." },
        Territories = (territories ?? []).Select(t => Ref(ContentKind.Territory, t)).ToList(),
        Tools = (tools ?? []).Select(t => Ref(ContentKind.Tool, t)).ToList(),
        Actors = actorTerritory is null ? [] : [new Actor { Name = "Acteur", Level = Commune, Territory = Ref(ContentKind.Territory, actorTerritory) }],
    };

    private static ToolSheet Tool(string slug) => new() { Slug = slug, Title = $"Outil {slug}", Number = 1 };

    private static TerritoryProfile Territory(string slug, Term level, string[]? parents = null) => new()
    {
        Slug = slug,
        Name = $"Territoire {slug}",
        Level = level,
        Parents = (parents ?? []).Select(p => Ref(ContentKind.Territory, p)).ToList(),
    };

    private static Reference Ref(ContentKind kind, string slug) => new(kind, slug, SourcePosition.StartOf("test"));
}
