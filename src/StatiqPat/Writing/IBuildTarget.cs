using StatiqPat.Incremental;
namespace StatiqPat.Writing;

/// <summary>
/// Where a build puts the site: in memory (tests, <c>check</c>), into the output folder (<c>construire</c>), or into
/// the folder being served. A target that holds an earlier build lets the build keep its unchanged pages.
/// Disposing a target that was not published leaves nothing behind.
/// </summary>
public interface IBuildTarget : IDisposable
{
    IOutputSink Sink { get; }

    /// <summary>The folder holding the published site, for tools that read it back (Pagefind); null in memory.</summary>
    string? Folder { get; }

    /// <summary>Whether the target already holds the site of exactly this fingerprint, so the build can stop at once.</summary>
    bool IsCurrent(string fingerprint);

    /// <summary>
    /// The files of the page at <paramref name="url"/> from an earlier build, when that page had the same key and its
    /// files are still there untouched: the page need not be built nor rendered. Null when it must be.
    /// </summary>
    IReadOnlyList<string>? Reusable(string url, ulong key);

    /// <summary>Makes the written files, with the reused pages' files, the target's site; what the build no longer makes goes.</summary>
    void Publish(IReadOnlyList<PageRecord> pages);

    /// <summary>Whether the published site's search index still matches its pages (no page changed since it was made).</summary>
    bool SearchIndexCurrent { get; }

    /// <summary>Remembers the fingerprint once the site is whole, search index included.</summary>
    void Remember(string fingerprint, bool searchIndexed);
}
