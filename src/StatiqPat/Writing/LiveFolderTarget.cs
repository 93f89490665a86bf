namespace StatiqPat.Writing;

/// <summary>
/// A rebuild of a site that is being served: the build is collected in memory, then publishing writes into the
/// served folder only the files whose bytes changed, and deletes those the build no longer makes. An unchanged page
/// keeps its file and modification time; a changed one is written beside itself and renamed over, so the server
/// never hands out half a page. The search index (<c>pagefind/</c>) is not the build's and is left alone.
/// </summary>
public sealed class LiveFolderTarget(string servedFolder) : IBuildTarget
{
    /// <summary>The folder Pagefind writes into the site, which a rebuild without search must not delete.</summary>
    public const string SearchIndexFolder = "pagefind";

    private const string TemporarySuffix = ".statiqpat-tmp";

    private readonly MemorySink sink = new();

    public IOutputSink Sink => sink;

    /// <summary>Null: nothing reads the pages back from disk, so a rebuild runs no search indexer.</summary>
    public string? Folder => null;

    /// <summary>What the last publication changed; empty until then.</summary>
    public SiteChanges Changes { get; private set; } = SiteChanges.None;

    /// <summary>Never: the served folder's content is compared file by file instead.</summary>
    public bool IsCurrent(string fingerprint) => false;

    public void Publish(string fingerprint)
    {
        var root = Path.GetFullPath(servedFolder);
        Directory.CreateDirectory(root);

        // The served site no longer matches the stamp of the last full build (its search index is older), so the
        // next `construire` must not take it for up to date.
        File.Delete(FolderTarget.StampOf(root));

        var built = sink.Files();
        var written = new List<string>();
        foreach (var file in built)
        {
            var full = Path.Combine(root, file.Path);
            if (!SameBytes(full, file.Content))
            {
                ReplaceAtomically(full, file.Content);
                written.Add(file.Path);
            }
        }

        var kept = built.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var deleted = new List<string>();
        foreach (var full in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
            if (!kept.Contains(relative) && !relative.StartsWith(SearchIndexFolder + "/", StringComparison.Ordinal))
            {
                File.Delete(full);
                deleted.Add(relative);
            }
        }

        DeleteEmptyFolders(root);
        Changes = new SiteChanges(written, deleted);
    }

    public void Dispose()
    {
    }

    private static bool SameBytes(string path, byte[] content)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static void ReplaceAtomically(string path, byte[] content)
    {
        // In the same folder, so the rename stays on one file system and is atomic.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + TemporarySuffix;
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }

    private static void DeleteEmptyFolders(string folder)
    {
        foreach (var child in Directory.GetDirectories(folder))
        {
            DeleteEmptyFolders(child);
            if (!Directory.EnumerateFileSystemEntries(child).Any())
            {
                Directory.Delete(child);
            }
        }
    }
}
