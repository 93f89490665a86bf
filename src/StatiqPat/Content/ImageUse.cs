using StatiqPat.Diagnostics;

namespace StatiqPat.Content;

/// <summary>An image file the site needs, as a path relative to <c>input/</c>.</summary>
public sealed record ImageUse(string File, string Alt, SourcePosition Position);
