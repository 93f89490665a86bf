using System.Text;
using StatiqPat.Generated;
using StatiqPat.Output;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Pages;

namespace StatiqPat.Rendering;

/// <summary>Turns view models into HTML files, choosing each page's component by the model's type.</summary>
public static class SiteRenderer
{
    /// <summary>
    /// One HtmlRenderer per core, each on its own share of the pages: a renderer's dispatcher runs one render at
    /// a time, so a single one leaves the other cores idle. Each page goes to the sink as soon as it is
    /// rendered, so no more than one page per worker is ever held as HTML.
    /// </summary>
    public static async Task RenderAsync(IReadOnlyList<SitePage> pages, IOutputSink sink)
    {
        var workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, pages.Count / 50));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            await using var renderer = new PageRenderer();
            for (var i = worker; i < pages.Count; i += workers)
            {
                var html = await Render(renderer, pages[i].Model);
                sink.Write(Urls.FileOf(pages[i].Url), Encoding.UTF8.GetBytes(html));
            }
        })));
    }

    private static Task<string> Render(PageRenderer renderer, PageModel model) => model switch
    {
        HomePageModel m => renderer.RenderAsync<HomePage>(m),
        CaseListPageModel m => renderer.RenderAsync<CaseListPage>(m),
        ToolListPageModel m => renderer.RenderAsync<ToolListPage>(m),
        TerritoryListPageModel m => renderer.RenderAsync<TerritoryListPage>(m),
        CasePageModel m => renderer.RenderAsync<CasePage>(m),
        ToolPageModel m => renderer.RenderAsync<ToolPage>(m),
        TerritoryPageModel m => renderer.RenderAsync<TerritoryPage>(m),
        NotFoundPageModel m => renderer.RenderAsync<NotFoundPage>(m),
        EditorialPageModel m => renderer.RenderAsync<EditorialPage>(m),
        ExplorePageModel m => renderer.RenderAsync<ExplorePage>(m),
        DimensionIndexPageModel m => renderer.RenderAsync<DimensionIndexPage>(m),
        DimensionValuePageModel m => renderer.RenderAsync<DimensionValuePage>(m),
        MatrixPageModel m => renderer.RenderAsync<MatrixPage>(m),
        LinkListPageModel m => renderer.RenderAsync<LinkListPage>(m),
        DataPageModel m => renderer.RenderAsync<DataPage>(m),
        RedirectPageModel m => renderer.RenderAsync<RedirectPage>(m),
        SearchPageModel m => renderer.RenderAsync<SearchPage>(m),
        _ => throw new ArgumentOutOfRangeException(nameof(model), model.GetType().Name, "No component renders this page model."),
    };
}
