using StatiqPat.Incremental;
namespace StatiqPat.Writing;

/// <summary>A site built in memory: never up to date, published as soon as it is written.</summary>
public sealed class MemoryTarget : IBuildTarget
{
    private readonly MemorySink sink = new();

    public IOutputSink Sink => sink;

    public string? Folder => null;

    public IReadOnlyList<OutputFile> Files() => sink.Files();

    public bool IsCurrent(string fingerprint) => false;

    public IReadOnlyList<string>? Reusable(string url, ulong key) => null;

    public void Publish(IReadOnlyList<PageRecord> pages)
    {
    }

    public bool SearchIndexCurrent => false;

    public void Remember(string fingerprint, bool searchIndexed)
    {
    }

    public void Dispose()
    {
    }
}
