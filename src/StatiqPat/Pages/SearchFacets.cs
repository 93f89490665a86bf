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
            ("fiche", ["Cas"]),
            ("statut", [sheet.Status.Label]),
            ("type", Labels(sheet.CooperationType)),
            ("degre", Labels(sheet.Degree)),
            ("fonction", sheet.Functions.Select(f => f.Label)),
            ("niveau", sheet.Actors.Select(a => a.Level.Label)),
            ("role", sheet.Actors.SelectMany(a => a.Roles).Select(r => r.Label)),
            ("thematique", sheet.Themes.Select(t => t.Label)),
            ("region", territories.Select(t => t.Region?.Label).OfType<string>()),
            ("departement", territories.Select(t => t.Departement?.Label).OfType<string>())),
            // Shown under the result's title, so an officer sees where a case happens before opening it.
            .. named.Count == 0 ? [] : new[] { new SearchFilter("territoires", string.Join(", ", named), IsMeta: true) }];
    }

    public static IReadOnlyList<SearchFilter> Of(ToolSheet sheet) =>
        Build(("fiche", ["Outil"]), ("format", Labels(sheet.Format)));

    public static IReadOnlyList<SearchFilter> Of(TerritoryProfile profile) =>
        Build(
            ("fiche", ["Territoire"]),
            ("niveau", [profile.Level.Label]),
            ("region", Labels(profile.Region)),
            ("departement", Labels(profile.Departement)),
            ("role", profile.Roles.Select(r => r.Label)),
            ("fonction", profile.Engagement.Where(e => e.Level.Rank > 1).Select(e => e.Function.Label)));

    private static IEnumerable<string> Labels(Term? term) => term is null ? [] : [term.Label];

    private static IReadOnlyList<SearchFilter> Build(params (string Name, IEnumerable<string> Values)[] facets) =>
        facets.SelectMany(f => f.Values.Distinct(StringComparer.Ordinal).Select(v => new SearchFilter(f.Name, v))).ToList();
}
