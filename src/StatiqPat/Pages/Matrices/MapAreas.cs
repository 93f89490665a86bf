using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Pages.Shared;

namespace StatiqPat.Pages.Matrices;

/// <summary>
/// The areas that get a collective map: every département some territory belongs to, and every territory
/// that contains others. A territory area that holds exactly the same structures as a département is dropped.
/// </summary>
public static class MapAreas
{
    public static IReadOnlyList<MapArea> Of(SiteIndex index)
    {
        var territories = index.Content.Territories;
        var departements = index.Vocabulary.Departements.Terms
            .Select(d => new MapArea($"departement-{d.Slug}", d.Label,
                territories.Where(t => t.Departement?.Slug == d.Slug).ByLevelThenName().ToList()))
            .Where(a => a.Members.Count > 0)
            .ToList();
        var known = departements.Select(a => Key(a.Members)).ToHashSet(StringComparer.Ordinal);
        var nested = territories
            .Where(t => index.ChildrenOf(t.Slug).Any())
            .Select(t => new MapArea(t.Slug, t.Name, Descendants(t, index).Prepend(t).ByLevelThenName().ToList()))
            .Where(a => !known.Contains(Key(a.Members)));
        return departements.Concat(nested).ToList();
    }

    private static IEnumerable<TerritoryProfile> Descendants(TerritoryProfile root, SiteIndex index)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.Slug };
        var pending = new Stack<TerritoryProfile>([root]);
        while (pending.TryPop(out var current))
        {
            foreach (var child in index.ChildrenOf(current.Slug).Where(c => seen.Add(c.Slug)))
            {
                pending.Push(child);
                yield return child;
            }
        }
    }

    private static string Key(IEnumerable<TerritoryProfile> members) => string.Join(',', members.Select(m => m.Slug).Order(StringComparer.Ordinal));
}
