using System.Collections.Concurrent;

namespace StatiqPat.Writing;

/// <summary>Keeps every file in memory: what tests use, so they never touch disk.</summary>
public sealed class MemorySink : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]?> files = new(StringComparer.Ordinal);

    public int Count => files.Count;

    public Stream Create(string path)
    {
        if (!files.TryAdd(path, null))
        {
            throw new InvalidOperationException($"Two generators wrote the same file '{path}'.");
        }

        return new MemorySinkFile(bytes => files[path] = bytes);
    }

    /// <summary>The files sorted by path, so two builds compare file by file.</summary>
    public IReadOnlyList<OutputFile> Files() =>
        files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new OutputFile(f.Key, f.Value ?? throw new InvalidOperationException($"The file '{f.Key}' was never closed.")))
            .ToList();
}
