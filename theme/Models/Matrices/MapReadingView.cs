namespace StatiqPat.Theme.Models.Matrices;

/// <summary>What the collective map teaches, in words: neglected functions, shared ones, and the model per function.</summary>
public sealed record MapReadingView(IReadOnlyList<string> Neglected, IReadOnlyList<string> SharedByEveryLevel, IReadOnlyList<FunctionPatternRow> Functions);
