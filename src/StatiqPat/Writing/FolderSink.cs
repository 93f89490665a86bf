using System.Collections.Concurrent;

namespace StatiqPat.Writing;

/// <summary>Writes each file into a folder as it comes (the staging folder of <see cref="StagingFolder"/>).</summary>
public sealed class FolderSink(string root) : IOutputSink
{
    private readonly ConcurrentDictionary<string, bool> paths = new(StringComparer.Ordinal);

    // Creating a folder is a system call even when it exists; 10,000 case folders share few parents.
    private readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);

    public int Count => paths.Count;

    public Stream Create(string path)
    {
        if (!paths.TryAdd(path, true))
        {
            throw new InvalidOperationException($"Two generators wrote the same file '{path}'.");
        }

        var full = Path.Combine(root, path);
        var folder = Path.GetDirectoryName(full)!;
        if (folders.TryAdd(folder, true))
        {
            Directory.CreateDirectory(folder);
        }

        // Callers write through their own buffer (the page renderer's writer) or in one call, so none here.
        return new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
    }
}
