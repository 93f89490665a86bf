using StatiqPat.Diagnostics;

namespace StatiqPat.Content;

/// <summary>An address a sheet had before it was renamed; it keeps working through a redirect.</summary>
public sealed record FormerUrl(string Path, SourcePosition Position);
