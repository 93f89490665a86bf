using StatiqPat.Diagnostics;

namespace StatiqPat.Content;

/// <summary>A pointer from one sheet to another, kept with its position so a dangling one can be reported.</summary>
public sealed record Reference(ContentKind Kind, string Slug, SourcePosition Position);
