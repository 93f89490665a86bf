using StatiqPat.Diagnostics;

namespace StatiqPat.Incremental;

/// <summary>One sheet as read: the record (null when unreadable), its own problems, and what it was read against.</summary>
/// <param name="Reference">The reference data's version: a new vocabulary changes how every sheet reads.</param>
public sealed record SheetCacheEntry(FileStamp Stamp, ulong Reference, object? Sheet, IReadOnlyList<Diagnostic> Problems,
    IReadOnlyList<ImageLookup> Images);
