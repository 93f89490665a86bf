using StatiqPat.Content;

namespace StatiqPat.Pages.Matrices;

/// <summary>The content of a collective map before any rendering: rows, function columns, structures.</summary>
public sealed record CollectiveMapGrid(IReadOnlyList<Term> Rows, IReadOnlyList<Term> Functions, IReadOnlyList<MapStructure> Structures);
