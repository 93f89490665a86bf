using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Theme.Models;

namespace StatiqPat.Pages;

/// <summary>
/// The facets each sheet gives the search index. Names are short French words that end up in shared search
/// addresses (<c>/recherche/?q=…&amp;fonction=Manger</c>); values are the labels readers see.
/// </summary>
public static class SearchFacets
{
    public static IReadOnlyList<SearchFilter> Of(CaseSheet sheet, SiteIndex index)
    {
        var territories = SiteIndex.TerritoriesOf(sheet).Select(index.Territory).OfType<TerritoryProfile>().ToList();
        var named = sheet.Territories.Select(t => index.Territory(t.Slug)?.Name).OfType<string>().ToList();
        return [.. Build(
            (SearchFacetList.Kind.Name, ["Cas"]),
            (SearchFacetList.Status.Name, [sheet.Status.Label]),
            (SearchFacetList.Type.Name, Labels(sheet.CooperationType)),
            (SearchFacetList.Degree.Name, Labels(sheet.Degree)),
            (SearchFacetList.Function.Name, sheet.Functions.Select(f => f.Label)),
            (SearchFacetList.Level.Name, sheet.Actors.Select(a => a.Level.Label)),
            (SearchFacetList.Role.Name, sheet.Actors.SelectMany(a => a.Roles).Select(r => r.Label)),
            (SearchFacetList.Theme.Name, sheet.Themes.Select(t => t.Label)),
            (SearchFacetList.Region.Name, territories.Select(t => t.Region?.Label).OfType<string>()),
            (SearchFacetList.Departement.Name, territories.Select(t => t.Departement?.Label).OfType<string>())),
            // Shown under the result's title, so an officer sees where a case happens before opening it.
            .. named.Count == 0 ? [] : new[] { new SearchFilter("territoires", string.Join(", ", named), IsMeta: true) }];
    }

    public static IReadOnlyList<SearchFilter> Of(ToolSheet sheet) =>
        Build((SearchFacetList.Kind.Name, ["Outil"]), (SearchFacetList.WorkshopFormat.Name, Labels(sheet.Format)));

    public static IReadOnlyList<SearchFilter> Of(TerritoryProfile profile) =>
        Build(
            (SearchFacetList.Kind.Name, ["Territoire"]),
            (SearchFacetList.Level.Name, [profile.Level.Label]),
            (SearchFacetList.Region.Name, Labels(profile.Region)),
            (SearchFacetList.Departement.Name, Labels(profile.Departement)),
            (SearchFacetList.Role.Name, profile.Roles.Select(r => r.Label)),
            (SearchFacetList.Function.Name, profile.Engagement.Where(e => e.Level.Rank > 1).Select(e => e.Function.Label)));

    private static IEnumerable<string> Labels(Term? term) => term is null ? [] : [term.Label];

    private static IReadOnlyList<SearchFilter> Build(params (string Name, IEnumerable<string> Values)[] facets) =>
        facets.SelectMany(f => f.Values.Distinct(StringComparer.Ordinal).Select(v => new SearchFilter(f.Name, v))).ToList();
}
