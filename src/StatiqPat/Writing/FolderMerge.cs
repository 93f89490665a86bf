using StatiqPat.Incremental;
namespace StatiqPat.Writing;

/// <summary>
/// Moves a staging folder's files into the output folder, each only when its bytes differ from the file it replaces
/// (a rename in the same file system: atomic), and deletes the output files neither staged nor kept.
/// </summary>
public static class FolderMerge
{
    /// <param name="existing">The output's files before the merge, relative, with forward slashes.</param>
    /// <param name="kept">Files of the output that stay although not staged: the pages reused from an earlier build.</param>
    /// <param name="spared">A folder prefix (<c>pagefind/</c>) left as it is, or null.</param>
    public static SiteChanges Merge(string stagingFolder, string outputFolder, IEnumerable<string> existing, IReadOnlySet<string> kept, string? spared)
    {
        var staged = BuildState.Scan(stagingFolder).Keys.Order(StringComparer.Ordinal).ToList();
        var stagedSet = staged.ToHashSet(StringComparer.Ordinal);
        var written = new List<string>();
        foreach (var path in staged)
        {
            var from = Path.Combine(stagingFolder, path);
            var to = Path.Combine(outputFolder, path);
            if (!SameBytes(from, to))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Move(from, to, overwrite: true);
                written.Add(path);
            }
        }

        var deleted = existing
            .Where(path => !stagedSet.Contains(path) && !kept.Contains(path) && (spared is null || !path.StartsWith(spared, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var path in deleted)
        {
            File.Delete(Path.Combine(outputFolder, path));
        }

        // Only where files went: walking every folder of a 10,000-case site costs more than an incremental build.
        var root = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        foreach (var folder in deleted.Select(path => Path.GetDirectoryName(Path.Combine(root, path))!).Distinct(StringComparer.Ordinal))
        {
            DeleteEmptyParents(folder, root);
        }

        return new SiteChanges(written, deleted, new Dictionary<string, string>(), new HashSet<string>());
    }

    public static bool SameBytes(string first, string second)
    {
        var a = new FileInfo(first);
        var b = new FileInfo(second);
        if (!a.Exists || !b.Exists || a.Length != b.Length)
        {
            return false;
        }

        using var left = a.OpenRead();
        using var right = b.OpenRead();
        Span<byte> x = stackalloc byte[16384];
        Span<byte> y = stackalloc byte[16384];
        while (true)
        {
            var read = left.ReadAtLeast(x, x.Length, throwOnEndOfStream: false);
            if (read == 0)
            {
                return true;
            }

            right.ReadExactly(y[..read]);
            if (!x[..read].SequenceEqual(y[..read]))
            {
                return false;
            }
        }
    }

    /// <summary>Deletes <paramref name="folder"/> if empty, then its parents as long as they are empty, up to <paramref name="root"/>.</summary>
    public static void DeleteEmptyParents(string folder, string root)
    {
        while (folder.Length > root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
