using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Matrices;

namespace StatiqPat.Pages.Matrices;

/// <summary>The collective map of an area (tool n° 3): governance levels × the six functions, and its reading.</summary>
public static class CollectiveMaps
{
    /// <param name="index">The real cases, for the involvement they show; none given, the map has declared engagement only.</param>
    public static CollectiveMapGrid Grid(MapArea area, Vocabulary vocabulary, SiteIndex? index = null) => new(
        vocabulary.MapRows.Terms,
        vocabulary.Functions.Terms,
        area.Members.Select(t => new MapStructure(
            t.Name,
            Urls.Territory(t.Slug),
            vocabulary.MapRows.Find(t.Level.Parent ?? "") ?? Term.Empty,
            t.Engagement.ToDictionary(e => e.Function.Slug, e => e.Level, StringComparer.Ordinal))
        {
            Observed = index is null ? new Dictionary<string, IReadOnlyList<CaseSheet>>() : Observed(t, vocabulary, index),
        }).ToList());

    /// <summary>Per function, the cases in which the territory's structure is an actor and which cover the function.</summary>
    private static Dictionary<string, IReadOnlyList<CaseSheet>> Observed(TerritoryProfile territory, Vocabulary vocabulary, SiteIndex index)
    {
        var acting = index.CasesOfTerritory(territory.Slug)
            .Where(c => c.Actors.Any(a => a.Territory?.Slug == territory.Slug))
            .OrderBy(c => index.TitleRank(c))
            .ToList();
        return vocabulary.Functions.Terms.ToDictionary(
            f => f.Slug,
            f => (IReadOnlyList<CaseSheet>)acting.Where(c => c.Functions.Any(x => x.Slug == f.Slug)).ToList(),
            StringComparer.Ordinal);
    }

    public static MatrixTable Table(MapArea area, CollectiveMapGrid grid, Vocabulary vocabulary, string csvUrl) => new MatrixTable(
        $"Carte collective de {area.Name} : engagement de chaque structure sur les six fonctions, par niveau de gouvernance",
        "Niveau",
        grid.Functions.Select(f => new Link(f.Label, Urls.DimensionValue(Dimensions.Functions.Key, f.Slug))).ToList(),
        grid.Rows.Select(row => new MatrixRow(
            new Link(row.Label),
            grid.Functions.Select(function => Cell(grid.Structures.Where(s => s.Row.Slug == row.Slug), function, vocabulary)).ToList()))
            .ToList(),
        csvUrl)
    {
        // The workshop's colours for declared engagement, then the two entries that are not an engagement.
        Key =
        [
            .. vocabulary.Engagement.Terms.Select(t =>
                new CellEntry($"engagement déclaré : {t.Label}", null, VocabularyStylesheet.ClassOf(vocabulary.Engagement, t))),
            new CellEntry("non renseigné : les sources ne disent pas l'engagement de la structure"),
            new CellEntry("observé dans … cas : les cas réels où la structure est actrice et qui touchent la fonction") { Observed = true },
        ],
    };

    public static MapReadingView Reading(IReadOnlyList<FunctionReading> readings) => new(
        readings.Where(r => r.Pattern == FunctionPattern.Neglected).Select(r => r.Function.Label).ToList(),
        readings.Where(r => r.EveryLevel).Select(r => r.Function.Label).ToList(),
        readings.Select(r => new FunctionPatternRow(r.Function.Label, Label(r.Pattern), Explain(r))).ToList());

    private static MatrixCell Cell(IEnumerable<MapStructure> structures, Term function, Vocabulary vocabulary)
    {
        var entries = new List<CellEntry>();
        foreach (var s in structures)
        {
            entries.Add(s.Engagement.TryGetValue(function.Slug, out var level)
                ? new CellEntry($"{s.Name} : {level.Label}", s.Url, VocabularyStylesheet.ClassOf(vocabulary.Engagement, level))
                : new CellEntry($"{s.Name} : non renseigné", s.Url));
            // What the cases show comes under the declared engagement, worded and drawn apart from it.
            if (s.Observed.TryGetValue(function.Slug, out var cases) && cases.Count > 0)
            {
                entries.Add(new CellEntry($"observé dans {Degrees.Count(cases.Count)} :") { Observed = true });
                entries.AddRange(cases.Select(c => new CellEntry(c.Title, Urls.Case(c.Slug)) { Observed = true }));
            }
        }

        return new MatrixCell(entries, "aucune structure");
    }

    private static string Label(FunctionPattern pattern) => pattern switch
    {
        FunctionPattern.NoData => "non renseigné",
        FunctionPattern.Neglected => "fonction délaissée",
        FunctionPattern.Subsidiarity => "subsidiarité",
        _ => "valeur ajoutée",
    };

    private static string Explain(FunctionReading reading) => (reading.Pattern switch
    {
        FunctionPattern.NoData => "aucune structure de l'aire n'a indiqué son engagement sur cette fonction, et aucun cas réel ne l'y montre",
        FunctionPattern.Neglected => "les structures renseignées ne s'y engagent pas",
        FunctionPattern.Subsidiarity => $"un seul niveau s'y engage : {reading.InvestingRows[0].Label}",
        _ => $"plusieurs niveaux s'y engagent, chacun avec ses actions : {string.Join(", ", reading.InvestingRows.Select(r => r.Label))}",
    }) + reading.Basis switch
    {
        ReadingBasis.Declared => " (d'après l'engagement déclaré)",
        ReadingBasis.Observed => " (d'après les cas réels où ces structures agissent : aucune n'a déclaré son engagement)",
        _ => "",
    };
}
