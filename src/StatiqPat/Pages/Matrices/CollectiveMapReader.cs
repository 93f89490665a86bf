using StatiqPat.Content;

namespace StatiqPat.Pages.Matrices;

/// <summary>
/// Reads a collective map the way tool n° 3 teaches: where nobody is, where everybody is, and per function
/// whether the area follows the "valeur ajoutée" or the "subsidiarité" model. Engagement values are listed
/// from none to strong in the vocabulary, so the first one (rank 1) means "no investment".
/// </summary>
public static class CollectiveMapReader
{
    public static IReadOnlyList<FunctionReading> Read(CollectiveMapGrid grid)
    {
        var presentRows = grid.Rows.Where(row => grid.Structures.Any(s => s.Row.Slug == row.Slug)).ToList();
        return grid.Functions.Select(function =>
        {
            var rated = grid.Structures.Where(s => s.Engagement.ContainsKey(function.Slug)).ToList();
            if (rated.Count == 0)
            {
                return FromCases(grid, function, presentRows);
            }

            var investing = presentRows
                .Where(row => rated.Any(s => s.Row.Slug == row.Slug && s.Engagement[function.Slug].Rank > 1))
                .ToList();
            var pattern = (rated.Count, investing.Count) switch
            {
                (0, _) => FunctionPattern.NoData,
                (_, 0) => FunctionPattern.Neglected,
                (_, 1) => FunctionPattern.Subsidiarity,
                _ => FunctionPattern.AddedValue,
            };
            var everyLevel = presentRows.Count >= 2 && investing.Count == presentRows.Count;
            return new FunctionReading(function, pattern, investing, everyLevel);
        }).ToList();
    }

    /// <summary>
    /// When no structure declared its engagement on a function, the real cases stand in: a level invests the
    /// function if one of its structures acts in a case covering it. A case shows action, never its absence, so
    /// this reading can find subsidiarity or added value but not a neglected function.
    /// </summary>
    private static FunctionReading FromCases(CollectiveMapGrid grid, Term function, IReadOnlyList<Term> presentRows)
    {
        var investing = presentRows
            .Where(row => grid.Structures.Any(s => s.Row.Slug == row.Slug && s.Observed.TryGetValue(function.Slug, out var cases) && cases.Count > 0))
            .ToList();
        var pattern = investing.Count switch
        {
            0 => FunctionPattern.NoData,
            1 => FunctionPattern.Subsidiarity,
            _ => FunctionPattern.AddedValue,
        };
        var everyLevel = presentRows.Count >= 2 && investing.Count == presentRows.Count;
        return new FunctionReading(function, pattern, investing, everyLevel) { Basis = investing.Count == 0 ? ReadingBasis.None : ReadingBasis.Observed };
    }
}
