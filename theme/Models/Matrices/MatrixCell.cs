namespace StatiqPat.Theme.Models.Matrices;

/// <summary>A matrix cell; with no entries it shows <see cref="EmptyText"/> ("non renseigné" is not "aucun").</summary>
public sealed record MatrixCell(IReadOnlyList<CellEntry> Entries, string EmptyText)
{
    /// <summary>The number of cases the cell counts, when it counts cases: what its shade is drawn from.</summary>
    public int? Count { get; init; }

    /// <summary>The step of the table's shading scale, 1 to <see cref="ShadeStep.Steps"/>; 0 leaves the cell plain.</summary>
    public int Shade { get; init; }
}
