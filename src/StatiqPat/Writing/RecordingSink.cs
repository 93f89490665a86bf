namespace StatiqPat.Writing;

/// <summary>Passes files on to another sink, noting their paths: what a group of data files made, for the build's state.</summary>
public sealed class RecordingSink(IOutputSink inner) : IOutputSink
{
    private readonly List<string> paths = [];

    public IReadOnlyList<string> Paths => paths;

    public int Count => paths.Count;

    public Stream Create(string path)
    {
        paths.Add(path);
        return inner.Create(path);
    }
}
