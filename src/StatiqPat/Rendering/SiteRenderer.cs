using StatiqPat.Incremental;
using StatiqPat.Pages.Shared;
using StatiqPat.Publishing;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Cases;
using StatiqPat.Theme.Models.Editorial;
using StatiqPat.Theme.Models.Matrices;
using StatiqPat.Theme.Models.Search;
using StatiqPat.Theme.Models.Site;
using StatiqPat.Theme.Models.Sources;
using StatiqPat.Theme.Models.Territories;
using StatiqPat.Theme.Models.Tools;
using StatiqPat.Theme.Models.Typology;
using StatiqPat.Theme.Models.Workshops;
using StatiqPat.Theme.Pages;
using StatiqPat.Writing;

namespace StatiqPat.Rendering;

/// <summary>Turns view models into HTML files, choosing each page's component by the model's type.</summary>
public static class SiteRenderer
{
    /// <summary>
    /// One HtmlRenderer per core, each on its own share of the pages: a renderer's dispatcher runs one render at
    /// a time, so a single one leaves the other cores idle. Each page is written to the sink as it is
    /// rendered, so no page is ever held whole as HTML.
    /// </summary>
    /// <returns>Each page with the files it made: its HTML, and the CSV files of a matrix (written from the same model).</returns>
    public static async Task<IReadOnlyList<PageRecord>> RenderAsync(IReadOnlyList<SitePage> pages, IOutputSink sink)
    {
        var records = new PageRecord[pages.Count];
        var workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, pages.Count / 50));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            await using var renderer = new PageRenderer();
            for (var i = worker; i < pages.Count; i += workers)
            {
                // The model is built here, on the worker: a case page's QR code is the costliest part of it.
                var page = pages[i];
                var path = Urls.FileOf(page.Url);
                var model = page.Build();
                await using (var file = sink.Create(path))
                {
                    await Render(renderer, model, file);
                }

                var tables = MatrixCsv.Files(model);
                sink.WriteAll(tables);
                records[i] = new PageRecord(page.Url, page.Key, [path, .. tables.Select(t => t.Path)]);
            }
        })));
        return records;
    }

    private static Task Render(PageRenderer renderer, PageModel model, Stream file) => model switch
    {
        HomePageModel m => renderer.RenderToAsync<HomePage>(m, file),
        CaseListPageModel m => renderer.RenderToAsync<CaseListPage>(m, file),
        ToolListPageModel m => renderer.RenderToAsync<ToolListPage>(m, file),
        TerritoryListPageModel m => renderer.RenderToAsync<TerritoryListPage>(m, file),
        CasePageModel m => renderer.RenderToAsync<CasePage>(m, file),
        ToolPageModel m => renderer.RenderToAsync<ToolPage>(m, file),
        TerritoryPageModel m => renderer.RenderToAsync<TerritoryPage>(m, file),
        NotFoundPageModel m => renderer.RenderToAsync<NotFoundPage>(m, file),
        EditorialPageModel m => renderer.RenderToAsync<Theme.Pages.EditorialPage>(m, file),
        ExplorePageModel m => renderer.RenderToAsync<ExplorePage>(m, file),
        DimensionIndexPageModel m => renderer.RenderToAsync<DimensionIndexPage>(m, file),
        DimensionValuePageModel m => renderer.RenderToAsync<DimensionValuePage>(m, file),
        MatrixPageModel m => renderer.RenderToAsync<MatrixPage>(m, file),
        LinkListPageModel m => renderer.RenderToAsync<LinkListPage>(m, file),
        DataPageModel m => renderer.RenderToAsync<Theme.Pages.DataPage>(m, file),
        RedirectPageModel m => renderer.RenderToAsync<RedirectPage>(m, file),
        SearchPageModel m => renderer.RenderToAsync<SearchPage>(m, file),
        WorkshopPageModel m => renderer.RenderToAsync<WorkshopPage>(m, file),
        SourcesPageModel m => renderer.RenderToAsync<Theme.Pages.SourcesPage>(m, file),
        SequencePageModel m => renderer.RenderToAsync<SequencePage>(m, file),
        _ => throw new ArgumentOutOfRangeException(nameof(model), model.GetType().Name, "No component renders this page model."),
    };
}
