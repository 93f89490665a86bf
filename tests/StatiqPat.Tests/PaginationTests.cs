using AngleSharp.Html.Parser;
using StatiqPat.Content;
using StatiqPat.Pages;
using StatiqPat.Pages.Shared;
using StatiqPat.Rendering;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Cases;
using StatiqPat.Theme.Models.Tools;
using StatiqPat.Theme.Models.Typology;
using StatiqPat.Writing;
using static StatiqPat.Tests.Support.Sheets;

namespace StatiqPat.Tests;

/// <summary>Long lists are cut into pages that plain links reach; short ones (the real base today) stay whole.</summary>
public sealed class PaginationTests
{
    private static readonly AssetLinks Assets = new("/a.css", "/b.css", "/i.svg");

    [Fact]
    public void A_list_is_cut_into_full_pages_with_the_rest_on_the_last_and_page_one_at_the_list_address()
    {
        var slices = Pagination.Split("/cas/", Enumerable.Range(1, 100).ToList()).ToList();

        Assert.Equal(["/cas/", "/cas/page/2/", "/cas/page/3/"], slices.Select(s => s.Url));
        Assert.Equal([48, 48, 4], slices.Select(s => s.Items.Count));
        Assert.Equal(Enumerable.Range(1, 100), slices.SelectMany(s => s.Items));
        Assert.Null(slices[0].Pager!.Previous);
        Assert.Equal("/cas/page/2/", slices[0].Pager!.Next?.Url);
        Assert.Equal("/cas/page/2/", slices[2].Pager!.Previous?.Url);
        Assert.Null(slices[2].Pager!.Next);
    }

    [Fact]
    public void A_list_that_fits_one_page_has_no_pager_and_keeps_its_title()
    {
        var slice = Assert.Single(Pagination.Split("/cas/", Enumerable.Range(1, Pagination.PageSize).ToList()));

        Assert.Null(slice.Pager);
        Assert.Equal("Cas inspirants", Pagination.TitleOf("Cas inspirants", 1, 1));
        Assert.Equal("Cas inspirants (page 2 sur 3)", Pagination.TitleOf("Cas inspirants", 2, 3));
    }

    [Fact]
    public void The_pager_shows_the_first_and_last_pages_the_neighbours_of_the_current_one_and_gaps()
    {
        var pager = Pagination.Split("/x/", Enumerable.Range(1, 20 * Pagination.PageSize).ToList()).ElementAt(9).Pager!;

        Assert.Equal([1, null, 8, 9, 10, 11, 12, null, 20], pager.Items.Select(i => i.Number));
        Assert.Equal(10, Assert.Single(pager.Items, i => i.IsCurrent).Number);
        Assert.Equal("/x/page/10/", pager.Items.Single(i => i.IsCurrent).Url);
    }

    [Fact]
    public void Every_case_of_a_long_value_page_is_on_exactly_one_of_its_pages_and_territories_on_the_first()
    {
        var cases = Enumerable.Range(1, Pagination.PageSize + 2).Select(i => Case($"c{i:000}", Russian, actors: [(Commune, null)])).ToList();
        var index = Index(cases, [Territory("t", Commune)]);

        var pages = Generate(index).Where(p => p.Url.StartsWith("/niveaux/commune/", StringComparison.Ordinal)).ToList();

        Assert.Equal(["/niveaux/commune/", "/niveaux/commune/page/2/"], pages.Select(p => p.Url));
        var models = pages.Select(p => Assert.IsType<DimensionValuePageModel>(p.Model)).ToList();
        Assert.Equal(cases.Select(c => Urls.Case(c.Slug)).Order(), models.SelectMany(m => m.Cases).Select(c => c.Url).Order());
        Assert.All(models, m => Assert.Equal(cases.Count, m.CaseTotal));
        Assert.Equal([1, 0], models.Select(m => m.Territories.Count));
        Assert.Equal("Commune (page 2 sur 2)", models[1].Frame.Title);
    }

    [Fact]
    public void The_case_list_and_matrix_cells_are_paginated_too()
    {
        var index = Index(Enumerable.Range(1, Pagination.PageSize + 1).Select(i => Case($"c{i:000}", Russian, CoPiloting)));

        var urls = Generate(index).Select(p => p.Url).ToHashSet();

        Assert.Contains("/cas/page/2/", urls);
        Assert.DoesNotContain("/cas/page/3/", urls);
        Assert.Contains("/matrices/types-degres/poupees-russes--copilotage/page/2/", urls);
    }

    [Fact]
    public void A_tool_sheet_shows_its_first_cases_and_links_to_the_list_of_all_of_them()
    {
        var cases = Enumerable.Range(1, ToolPages.CasesOnSheet + 1)
            .Select(i => Case($"c{i:00}") with { Tools = [new Reference(ContentKind.Tool, "atelier", Diagnostics.SourcePosition.StartOf("x"))] }).ToList();
        var index = Index(cases, tools: [Tool("atelier")]);

        var pages = Generate(index).ToList();

        var sheet = Assert.IsType<ToolPageModel>(pages.Single(p => p.Url == "/outils/atelier/").Model);
        Assert.Equal(ToolPages.CasesOnSheet, sheet.Cases.Count);
        Assert.Equal(cases.Count, sheet.CaseTotal);
        Assert.Equal("/outils/atelier/cas/", sheet.AllCasesUrl);
        var list = Assert.IsType<CaseListPageModel>(pages.Single(p => p.Url == sheet.AllCasesUrl).Model);
        Assert.Equal(cases.Count, list.Cases.Count);
        Assert.Equal("/outils/atelier/", list.Back?.Url);
    }

    [Fact]
    public async Task The_rendered_pager_is_a_labelled_navigation_of_plain_links_marking_the_current_page()
    {
        var index = Index(Enumerable.Range(1, 3 * Pagination.PageSize).Select(i => Case($"c{i:000}")));
        var page = Generate(index).Single(p => p.Url == "/cas/page/2/");
        var sink = new MemorySink();

        await SiteRenderer.RenderAsync([page], sink);

        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(sink.Files().Single().Content));
        var nav = Assert.Single(document.QuerySelectorAll("nav.pager"));
        Assert.Equal("Pages de la liste (page 2 sur 3)", nav.GetAttribute("aria-label"));
        Assert.Equal(["/cas/", "/cas/", "/cas/page/2/", "/cas/page/3/", "/cas/page/3/"], nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2", Assert.Single(nav.QuerySelectorAll("a[aria-current=page]")).TextContent);
        Assert.Equal(Pagination.PageSize, document.QuerySelectorAll(".card-grid > *").Length);
        Assert.Equal("Cas inspirants (page 2 sur 3) · Site", document.Title);
    }

    private static IReadOnlyList<SitePage> Generate(Indexing.SiteIndex index) => SitePages.Generate(index, Assets, "https://exemple.org");
}
