using StatiqPat.Content;
using StatiqPat.Pages.Maps;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Text;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Cases;
using StatiqPat.Theme.Models.Site;
using StatiqPat.Theme.Models.Territories;
using StatiqPat.Theme.Models.Tools;

namespace StatiqPat.Pages;

/// <summary>The home page, one list page per content kind, and the 404 page.</summary>
public static class ListPages
{
    public static IEnumerable<SitePage> Generate(PageContext context)
    {
        var content = context.Index.Content;
        var tools = content.Tools.OrderBy(t => t.Number).ThenBy(t => t.Slug, StringComparer.Ordinal).Select(ToolPages.Card).ToList();

        var keys = context.Keys;
        yield return new SitePage(Urls.Home, keys.OfWholeBase(Urls.Home), () => new HomePageModel
        {
            Frame = context.Frame(content.Settings.Title, content.Settings.Description, Urls.Home, Section.Home),
            Introduction = content.Settings.Description,
            CaseCount = content.Cases.Count,
            ToolCount = content.Tools.Count,
            TerritoryCount = content.Territories.Count,
            LatestCases = content.Cases
                .OrderByDescending(c => c.Added).ThenBy(c => c.Slug, StringComparer.Ordinal)
                .Take(6).Select(c => CaseCards.From(c, context)).ToList(),
            Tools = tools,
            Typologies = ExplorePages.Typologies,
            Matrices = Matrices.MatrixPages.Guides,
            Map = TerritoryMaps.Overview(context),
            Guides = PageContext.InMenuOrder(content)
                .Select(p => new GuideLink(p.Title, Urls.Of(ContentKind.Page, p.Slug), p.Description)).ToList(),
        });

        var cases = CaseCards.InTitleOrder(content.Cases, context.Index);
        foreach (var slice in Pagination.Split(Urls.List(ContentKind.Case), cases))
        {
            yield return new SitePage(slice.Url, Pagination.Key(keys, slice, cases.Count), () => new CaseListPageModel
            {
                Frame = context.Frame(Pagination.TitleOf("Cas inspirants", slice.Number, slice.Total),
                    "Tous les cas de coopération entre projets alimentaires territoriaux.", slice.Url, Section.Cases),
                Title = "Cas inspirants",
                Lead =
                    "Des coopérations entre projets alimentaires territoriaux, réelles ou imaginées en atelier, décrites en trois lignes puis en détail.",
                Cases = CaseCards.All(slice.Items, context),
                CaseTotal = cases.Count,
                Pager = slice.Pager,
            });
        }

        yield return new SitePage(Urls.List(ContentKind.Tool), keys.OfWholeBase(Urls.List(ContentKind.Tool)), () => new ToolListPageModel
        {
            Frame = context.Frame("La boîte à expérimenter", "Les outils d'atelier pour travailler la coopération entre PAT.",
                Urls.List(ContentKind.Tool), Section.Tools),
            Tools = tools,
        });

        yield return new SitePage(Urls.List(ContentKind.Territory), keys.OfWholeBase(Urls.List(ContentKind.Territory)), () => new TerritoryListPageModel
        {
            Frame = context.Frame("Territoires", "Les collectivités et structures qui apparaissent dans les cas, par niveau de gouvernance.",
                Urls.List(ContentKind.Territory), Section.Territories),
            Groups = TerritoryGroups(context),
            Map = TerritoryMaps.Overview(context),
        });

        yield return new SitePage(Urls.NotFound, keys.For(Urls.NotFound).Value, () => new NotFoundPageModel
        {
            Frame = context.Frame("Page introuvable", "Cette adresse ne correspond à aucune page.", Urls.NotFound, Section.None)
                with
            { OwnAddress = false },
        }, listed: false);
    }

    private static IReadOnlyList<TerritoryGroup> TerritoryGroups(PageContext context) =>
        context.Vocabulary.Levels.Terms
            .Select(level => new TerritoryGroup(level.Label, level.Description, context.Index.Content.Territories
                .Where(t => t.Level.Slug == level.Slug)
                .Alphabetically(t => t.Name)
                .Select(t => new TerritoryCard(t.Name, Urls.Territory(t.Slug), Place(t), context.Index.CasesOfTerritory(t.Slug).Count()))
                .ToList()))
            .Where(g => g.Territories.Count > 0)
            .ToList();

    /// <summary>Where a territory lies, unless that place is the territory itself (the Vosges are in the Vosges).</summary>
    private static string? Place(TerritoryProfile territory) =>
        (territory.Departement ?? territory.Region)?.Label is { } place && place != territory.Name ? place : null;
}
