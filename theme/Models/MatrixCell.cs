namespace StatiqPat.Theme.Models;

/// <summary>A matrix cell; with no entries it shows <see cref="EmptyText"/> ("non renseigné" is not "aucun").</summary>
public sealed record MatrixCell(IReadOnlyList<CellEntry> Entries, string EmptyText);
