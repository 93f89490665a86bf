namespace StatiqPat.Theme.Models.Matrices;

/// <summary>A matrix row: its header and one cell per column.</summary>
public sealed record MatrixRow(Link Header, IReadOnlyList<MatrixCell> Cells);
