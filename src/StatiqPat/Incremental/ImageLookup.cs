namespace StatiqPat.Incremental;

/// <summary>An image a sheet names, and whether it was in the input folder when the sheet was read.</summary>
public sealed record ImageLookup(string Path, bool Existed);
