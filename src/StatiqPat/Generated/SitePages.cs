using StatiqPat.Indexing;
using StatiqPat.Theme.Models;

namespace StatiqPat.Generated;

/// <summary>Every page of the site as view models: a pure function of the index, testable without disk or renderer.</summary>
public static class SitePages
{
    public static IReadOnlyList<SitePage> Generate(SiteIndex index, AssetLinks assets, string? baseUrl, bool preview = false)
    {
        var context = new PageContext(index, assets, baseUrl, preview);
        return ListPages.Generate(context)
            .Concat(CasePages.Generate(context))
            .Concat(ToolPages.Generate(context))
            .Concat(TerritoryPages.Generate(context))
            .Concat(EditorialPages.Generate(context))
            .Append(ExplorePages.Generate(context))
            .Append(OpenData.DataPage.Generate(context))
            .Append(new SitePage(Rendering.Urls.Search, new SearchPageModel
            {
                Frame = context.Frame("Rechercher", "Rechercher dans les cas, les outils, les territoires et les pages du site.", Rendering.Urls.Search, Section.None),
                Script = assets.SearchScript,
            }))
            .Concat(Typology.TypologyPages.Generate(context))
            .Concat(Matrices.MatrixPages.Generate(context))
            .Concat(Publishing.Redirects.Pages(context))
            .ToList();
    }
}
