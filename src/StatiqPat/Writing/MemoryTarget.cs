namespace StatiqPat.Writing;

/// <summary>A site built in memory: never up to date, published as soon as it is written.</summary>
public sealed class MemoryTarget : IBuildTarget
{
    private readonly MemorySink sink = new();

    public IOutputSink Sink => sink;

    public string? Folder => null;

    public IReadOnlyList<OutputFile> Files() => sink.Files();

    public bool IsCurrent(string fingerprint) => false;

    public void Publish(string fingerprint)
    {
    }

    public void Dispose()
    {
    }
}
