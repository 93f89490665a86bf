namespace StatiqPat.Writing;

/// <summary>
/// Where a build puts its files as soon as each one is ready. Streaming them out, instead of collecting the
/// whole site first, keeps a 10,000-case build's memory to the content plus the pages being rendered.
/// </summary>
public interface IOutputSink
{
    /// <summary>
    /// A stream for one new file, complete once disposed. Called from several threads at once, each path at
    /// most once: a second writer of the same path is a generator bug, reported at once.
    /// </summary>
    Stream Create(string path);

    int Count { get; }
}
