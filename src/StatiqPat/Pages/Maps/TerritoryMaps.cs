using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Maps;
using StatiqPat.Pages.Matrices;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Theme.Models.Territories;

namespace StatiqPat.Pages.Maps;

/// <summary>
/// Where the cases are: France by département, shaded by its number of real cases, and the small map that
/// places one territory. Fictitious cases (imagined in workshops) have no place and are left out.
/// </summary>
public static class TerritoryMaps
{
    public static DepartmentMapModel Overview(PageContext context)
    {
        var index = context.Index;
        var real = index.Content.Cases.Where(c => !c.IsFictitious).ToList();
        var byDepartement = Count(real, Dimensions.Departements, index);
        var byRegion = Count(real, Dimensions.Regions, index);
        var largest = byDepartement.Values.DefaultIfEmpty(0).Max();
        var areas = context.Vocabulary.Departements.Terms
            .Where(t => byDepartement.ContainsKey(t.Slug))
            .Select(t => (Term: t, Area: new DepartmentArea(ShapeOf(t, context.Map), t.Label, byDepartement[t.Slug],
                MatrixShading.Step(byDepartement[t.Slug], largest), PageOf(t, Dimensions.Departements, "departement", p => p.Departement, index))))
            .ToList();
        var regions = context.Vocabulary.Regions.Terms
            .Where(r => byRegion.ContainsKey(r.Slug))
            .Select(r => new MapRegion(r.Label, PageOf(r, Dimensions.Regions, "region", p => p.Region, index), byRegion[r.Slug],
                areas.Where(a => a.Term.Parent == r.Slug).Select(a => a.Area).ToList()))
            .ToList();
        return new DepartmentMapModel(context.Map?.Url ?? "", context.Map?.ViewBox ?? "", areas.Select(a => a.Area).ToList(),
            largest == 0 ? [] : MatrixShading.Legend(largest), regions, index.Content.Cases.Count - real.Count);
    }

    /// <summary>The territory's département, or every département of its région when it names no département.</summary>
    public static LocatorMapModel? Locator(TerritoryProfile profile, PageContext context)
    {
        if (context.Map is not { } map)
        {
            return null;
        }

        var (places, label) = profile.Departement is { } departement
            ? ([departement], $"Carte de localisation : département {departement.Label} mis en évidence")
            : profile.Region is { } region
                ? (context.Vocabulary.Departements.Terms.Where(t => t.Parent == region.Slug).ToList(),
                    $"Carte de localisation : région {region.Label} mise en évidence")
                : (new List<Term>(), "");
        var ids = places.Select(t => ShapeOf(t, map)).Where(id => id.Length > 0).ToList();
        return ids.Count == 0 ? null : new LocatorMapModel(map.Url, map.ViewBox, ids, label);
    }

    private static Dictionary<string, int> Count(IEnumerable<CaseSheet> cases, Dimension dimension, SiteIndex index) =>
        cases.SelectMany(c => dimension.OfCase(c, index).Distinct(StringComparer.Ordinal))
            .CountBy(slug => slug, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static string ShapeOf(Term departement, MapGeometry? map) =>
        map is not null && map.Codes.Contains(departement.Description) ? MapGeometry.IdOf(departement.Description) : "";

    /// <summary>The profile describing the place itself when there is one (level and place match), else its cases' page.</summary>
    private static string PageOf(Term place, Dimension dimension, string level, Func<TerritoryProfile, Term?> placeOf, SiteIndex index) =>
        index.Content.Territories.FirstOrDefault(p => p.Level.Slug == level && placeOf(p)?.Slug == place.Slug) is { } profile
            ? Urls.Territory(profile.Slug)
            : Urls.DimensionValue(dimension.Key, place.Slug);
}
