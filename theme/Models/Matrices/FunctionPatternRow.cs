namespace StatiqPat.Theme.Models.Matrices;

/// <summary>The reading of one function on a collective map: its pattern and which levels invest it.</summary>
public sealed record FunctionPatternRow(string Function, string Pattern, string Explanation);
