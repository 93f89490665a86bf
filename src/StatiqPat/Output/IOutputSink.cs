namespace StatiqPat.Output;

/// <summary>
/// Where a build puts its files as soon as each one is ready. Streaming them out, instead of collecting the
/// whole site first, keeps a 10,000-case build's memory to the content plus one page per core.
/// </summary>
public interface IOutputSink
{
    /// <summary>Stores one file; called from several threads at once, each path at most once.</summary>
    void Write(string path, byte[] content);

    int Count { get; }
}
