namespace StatiqPat.Theme.Models;

/// <summary>A two-way table, rendered as an accessible HTML table and exported as CSV from the same model.</summary>
/// <param name="CsvUrl">Where the same table is offered for download.</param>
public sealed record MatrixTable(string Caption, string CornerLabel, IReadOnlyList<Link> Columns, IReadOnlyList<MatrixRow> Rows, string CsvUrl);
