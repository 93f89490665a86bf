namespace StatiqPat.Theme.Models.Matrices;

/// <summary>A two-way table, rendered as an accessible HTML table and exported as CSV from the same model.</summary>
/// <param name="CsvUrl">Where the same table is offered for download.</param>
public sealed record MatrixTable(string Caption, string CornerLabel, IReadOnlyList<Link> Columns, IReadOnlyList<MatrixRow> Rows, string CsvUrl)
{
    /// <summary>The steps of the cells' shading, shown as a legend under the table; empty when no cell is shaded.</summary>
    public IReadOnlyList<ShadeStep> Legend { get; init; } = [];

    /// <summary>What each kind of entry means, drawn as it is in the cells (a collective map's engagement colours); empty for most tables.</summary>
    public IReadOnlyList<CellEntry> Key { get; init; } = [];
}
