using StatiqPat.Incremental;
using StatiqPat.Indexing;
using StatiqPat.Pages.Shared;
using StatiqPat.Theme.Models;

namespace StatiqPat.Pages;

/// <summary>Every page of the site as view models: a pure function of the index, testable without disk or renderer.</summary>
public static class SitePages
{
    public static IReadOnlyList<SitePage> Generate(
        SiteIndex index, AssetLinks assets, string? baseUrl, bool preview = false, StatiqPat.Maps.MapGeometry? map = null) =>
        Generate(new PageContext(index, assets, baseUrl, preview, map));

    /// <param name="memo">
    /// Families of pages from an earlier build. A family drawn from the whole base shows only front matter (never a
    /// body), reference data and the frame, all in <see cref="PageKeys.Everything"/>: while that is the same, so are
    /// its pages and their keys.
    /// </param>
    public static IReadOnlyList<SitePage> Generate(PageContext context, PageMemo<SitePage>? memo = null)
    {
        memo ??= new PageMemo<SitePage>();
        var everything = context.Keys.Everything;
        var assets = context.Assets;
        return memo.Get("listes", everything, () => ListPages.Generate(context))
            .Concat(CasePages.Generate(context))
            .Concat(ToolPages.Generate(context))
            .Concat(TerritoryPages.Generate(context))
            .Concat(EditorialPages.Generate(context))
            .Concat(Workshops.WorkshopPages.Generate(context))
            .Append(ExplorePages.Generate(context))
            .Append(DataPage.Generate(context))
            .Append(SourcesPage.Generate(context))
            .Append(SearchPages.Generate(context, assets.SearchScript))
            .Concat(memo.Get("typologies", everything, () => Typology.TypologyPages.Generate(context)))
            .Concat(memo.Get("matrices", everything, () => Matrices.MatrixPages.Generate(context)))
            .Concat(memo.Get("redirections", everything, () => RedirectPages.Generate(context)))
            .ToList();
    }
}
