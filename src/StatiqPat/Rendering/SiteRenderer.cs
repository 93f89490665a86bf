using System.Text;
using StatiqPat.Generated;
using StatiqPat.Output;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Pages;

namespace StatiqPat.Rendering;

/// <summary>Turns view models into HTML files, choosing each page's component by the model's type.</summary>
public static class SiteRenderer
{
    public static async Task<IReadOnlyList<OutputFile>> RenderAsync(IReadOnlyList<SitePage> pages)
    {
        await using var renderer = new PageRenderer();
        var files = new List<OutputFile>(pages.Count);
        foreach (var page in pages)
        {
            var html = await Render(renderer, page.Model);
            files.Add(new OutputFile(Urls.FileOf(page.Url), Encoding.UTF8.GetBytes(html)));
        }

        return files;
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
