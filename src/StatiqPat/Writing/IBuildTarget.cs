namespace StatiqPat.Writing;

/// <summary>
/// Where a build puts the site: in memory (tests, <c>check</c>) or into a folder that is replaced only once the
/// site is whole. Disposing a target that was not published leaves nothing behind.
/// </summary>
public interface IBuildTarget : IDisposable
{
    IOutputSink Sink { get; }

    /// <summary>The folder holding the files written so far, for tools that read them back (Pagefind); null in memory.</summary>
    string? Folder { get; }

    /// <summary>Whether the target already holds the site of exactly this fingerprint, so the build can stop at once.</summary>
    bool IsCurrent(string fingerprint);

    /// <summary>Makes the written site the target's site, remembering its fingerprint.</summary>
    void Publish(string fingerprint);
}
