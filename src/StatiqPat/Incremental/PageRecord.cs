namespace StatiqPat.Incremental;

/// <summary>A page of a build: its URL, its key, and the files it makes (its HTML, and a matrix's CSV files).</summary>
public sealed record PageRecord(string Url, ulong Key, IReadOnlyList<string> Files);
