using StatiqPat.Indexing;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;

namespace StatiqPat.Pages;

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
            .Append(DataPage.Generate(context))
            .Append(new SitePage(Urls.Search, context.Keys.For(Urls.Search).Value, () => new SearchPageModel
            {
                Frame = context.Frame("Rechercher", "Rechercher dans les cas, les outils, les territoires et les pages du site.", Urls.Search, Section.None),
                Script = assets.SearchScript,
            }))
            .Concat(Typology.TypologyPages.Generate(context))
            .Concat(Matrices.MatrixPages.Generate(context))
            .Concat(RedirectPages.Generate(context))
            .ToList();
    }
}
