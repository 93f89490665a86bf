using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Matrices;

namespace StatiqPat.Pages.Matrices;

/// <summary>
/// Shades the cells of a table that count cases on a sequential scale of four steps, each a quarter of the
/// table's largest count: where cooperation is dense shows at a glance, while every cell keeps its number.
/// </summary>
public static class MatrixShading
{
    public static MatrixTable Apply(MatrixTable table)
    {
        var largest = table.Rows.SelectMany(r => r.Cells).Select(c => c.Count ?? 0).DefaultIfEmpty(0).Max();
        if (largest == 0)
        {
            return table;
        }

        return table with
        {
            Rows = table.Rows.Select(row => row with { Cells = row.Cells.Select(c => c with { Shade = Step(c.Count ?? 0, largest) }).ToList() }).ToList(),
            Legend = Legend(largest),
        };
    }

    /// <summary>The step of <paramref name="count"/>: k when it lies in ((k − 1)/4 × largest, k/4 × largest]; 0 for none.</summary>
    public static int Step(int count, int largest) =>
        count <= 0 ? 0 : Math.Min(ShadeStep.Steps, ((ShadeStep.Steps * count) + largest - 1) / largest);

    /// <summary>The steps some count can fall in, with their bounds (a small largest count leaves some steps empty).</summary>
    public static IReadOnlyList<ShadeStep> Legend(int largest) =>
        Enumerable.Range(1, ShadeStep.Steps)
            .Select(k => new ShadeStep(k, ((k - 1) * largest / ShadeStep.Steps) + 1, k * largest / ShadeStep.Steps))
            .Where(s => s.From <= s.To)
            .ToList();
}
