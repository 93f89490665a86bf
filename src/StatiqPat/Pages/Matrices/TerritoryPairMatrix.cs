using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Matrices;

namespace StatiqPat.Pages.Matrices;

/// <summary>
/// For a set of territories, the strongest degree of cooperation between each pair, from the cases naming both.
/// Up to <see cref="GridLimit"/> territories it is a square grid; beyond, a grid is unreadable on any screen,
/// so the same facts are given as the list of cooperating pairs.
/// </summary>
public static class TerritoryPairMatrix
{
    public const int GridLimit = 40;

    public static MatrixTable Table(string caption, IReadOnlyList<TerritoryProfile> territories, SiteIndex index, string csvUrl)
    {
        var pairs = Pairs(territories, index);
        return territories.Count <= GridLimit ? Grid(caption, territories, pairs, csvUrl) : PairList(caption, territories, pairs, csvUrl);
    }

    /// <summary>The territories that share at least one case with another territory: the national view.</summary>
    public static IReadOnlyList<TerritoryProfile> Cooperating(SiteIndex index)
    {
        var cooperating = index.Content.Cases
            .Select(c => SiteIndex.TerritoriesOf(c).Where(s => index.Territory(s) is not null).ToList())
            .Where(slugs => slugs.Count >= 2)
            .SelectMany(slugs => slugs)
            .ToHashSet(StringComparer.Ordinal);
        return index.Content.Territories.Where(t => cooperating.Contains(t.Slug))
            .ByLevelThenName()
            .ToList();
    }

    /// <summary>Cases per unordered pair (keyed "a|b" with a before b), computed from the cases: linear in their size.</summary>
    private static Dictionary<string, List<CaseSheet>> Pairs(IReadOnlyList<TerritoryProfile> territories, SiteIndex index)
    {
        var members = territories.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var pairs = new Dictionary<string, List<CaseSheet>>(StringComparer.Ordinal);
        var cases = territories.SelectMany(t => index.CasesOfTerritory(t.Slug)).DistinctBy(c => c.Slug);
        foreach (var sheet in cases)
        {
            var inside = SiteIndex.TerritoriesOf(sheet).Where(members.Contains).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < inside.Count; i++)
            {
                for (var j = i + 1; j < inside.Count; j++)
                {
                    var key = $"{inside[i]}|{inside[j]}";
                    if (!pairs.TryGetValue(key, out var list))
                    {
                        pairs[key] = list = [];
                    }

                    list.Add(sheet);
                }
            }
        }

        return pairs;
    }

    private static MatrixTable Grid(
        string caption, IReadOnlyList<TerritoryProfile> territories, Dictionary<string, List<CaseSheet>> pairs, string csvUrl) => new(
        caption,
        "Territoire",
        territories.Select(Header).ToList(),
        territories.Select(a => new MatrixRow(Header(a), territories.Select(b =>
            a.Slug == b.Slug ? new MatrixCell([], "—")
            : pairs.TryGetValue(Key(a.Slug, b.Slug), out var shared) ? new MatrixCell([Summary(shared)], "aucun cas") { Count = shared.Count }
            : new MatrixCell([], "aucun cas")).ToList())).ToList(),
        csvUrl);

    private static MatrixTable PairList(string caption, IReadOnlyList<TerritoryProfile> territories, Dictionary<string, List<CaseSheet>> pairs, string csvUrl)
    {
        var bySlug = territories.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var rows = pairs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
        {
            var slugs = p.Key.Split('|');
            var other = bySlug[slugs[1]];
            return new MatrixRow(Header(bySlug[slugs[0]]),
            [
                new MatrixCell([new CellEntry(other.Name, Urls.Territory(other.Slug))], ""),
                new MatrixCell([Summary(p.Value)], "") { Count = p.Value.Count },
            ]);
        }).ToList();
        return new MatrixTable($"{caption} (liste des paires qui coopèrent, {territories.Count} territoires)", "Territoire",
            [new Link("Avec"), new Link("Degré le plus fort (nombre de cas)")], rows, csvUrl);
    }

    private static CellEntry Summary(List<CaseSheet> shared) =>
        new($"{Degrees.Strongest(shared)?.Label ?? "degré non renseigné"} ({Degrees.Count(shared.Count)})");

    private static string Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a}|{b}" : $"{b}|{a}";

    private static Link Header(TerritoryProfile territory) => new(territory.Name, Urls.Territory(territory.Slug));
}
