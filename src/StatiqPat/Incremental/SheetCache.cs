using System.Collections.Concurrent;
using StatiqPat.Content;

namespace StatiqPat.Incremental;

/// <summary>
/// Sheets already read, kept between the rebuilds of <c>servir</c>: a sheet whose file has the same size and time,
/// read against the same reference data, with its images where they were, is not parsed again. Parsing YAML is
/// most of a build's loading time, so a one-sheet edit re-reads one file.
/// </summary>
public sealed class SheetCache
{
    private readonly ConcurrentDictionary<string, SheetCacheEntry> entries = new(StringComparer.Ordinal);

    /// <summary>The entry for the file when it still holds; null when the file must be read again.</summary>
    public SheetCacheEntry? Find(string fullPath, FileStamp stamp, ulong reference, InputPaths paths) =>
        entries.TryGetValue(fullPath, out var entry) && entry.Stamp == stamp && entry.Reference == reference
            && entry.Images.All(image => paths.ImageExists(image.Path) == image.Existed)
            ? entry
            : null;

    /// <summary>True when an entry is kept for the file, valid or not.</summary>
    public bool Contains(string fullPath) => entries.ContainsKey(fullPath);

    public void Store(string fullPath, SheetCacheEntry entry) => entries[fullPath] = entry;

    /// <summary>Forgets the files no longer in the input folder, so a long session does not keep deleted sheets.</summary>
    public void Retain(IReadOnlySet<string> fullPaths)
    {
        foreach (var path in entries.Keys.Where(path => !fullPaths.Contains(path)))
        {
            entries.TryRemove(path, out _);
        }
    }
}
