using System.IO.Hashing;
using System.Text;
using StatiqPat.Incremental;

namespace StatiqPat.Writing;

/// <summary>
/// A rebuild of a site that is being served: pages whose key did not change since the last rebuild are kept as they
/// are; the others and the data files are collected in memory, then publishing writes into the served folder only
/// the files whose bytes changed, and deletes those the build no longer makes. An unchanged page keeps its file and
/// modification time; a changed one is written beside itself and renamed over, so the server never hands out half a
/// page. The search index (<c>pagefind/</c>) is not the build's and is left alone. The state of the folder is carried
/// in <see cref="LiveState"/>, which leaves beside it what <c>construire</c> needs to find it up to date.
/// </summary>
/// <param name="state">What the served folder holds, carried from one rebuild to the next.</param>
public sealed class LiveFolderTarget(string servedFolder, LiveState state) : IBuildTarget
{
    /// <summary>The folder Pagefind writes into the site, which a rebuild without search must not delete.</summary>
    public const string SearchIndexFolder = FolderTarget.SearchIndexFolder;

    private const string TemporarySuffix = ".statiqpat-tmp";

    private readonly MemorySink sink = new();

    public IOutputSink Sink => sink;

    /// <summary>Null: nothing reads the pages back from disk, so a rebuild runs no search indexer.</summary>
    public string? Folder => null;

    /// <summary>What the last publication changed; empty until then.</summary>
    public SiteChanges Changes { get; private set; } = SiteChanges.None;

    /// <summary>A rebuild for a served folder with no state yet: every page is rendered and compared with the folder.</summary>
    public LiveFolderTarget(string servedFolder)
        : this(servedFolder, new LiveState())
    {
    }

    /// <summary>
    /// Never: the served folder's content is compared file by file instead. The fingerprint the build took before
    /// reading its input is the one <see cref="Remember"/> keeps, so the state left for <c>construire</c> never vouches
    /// for a save made while the rebuild was reading.
    /// </summary>
    public bool IsCurrent(string fingerprint) => false;

    /// <summary>The search index is <c>servir</c>'s, refreshed in the background: never the rebuild's.</summary>
    public bool SearchIndexCurrent => true;

    public IReadOnlyList<string>? Reusable(string url, ulong key) =>
        state.Pages.TryGetValue(url, out var page) && page.Key == key ? page.Files : null;

    /// <summary>The site is whole: its fingerprint goes into the state, which <c>servir</c> saves once the open pages are told.</summary>
    /// <param name="searchIndexed">The site keeps a search index, which the refresher makes again after changed pages.</param>
    public void Remember(string fingerprint, bool searchIndexed)
    {
        lock (state.Gate)
        {
            state.Fingerprint = fingerprint;
            state.Searched = searchIndexed;
        }
    }

    public void Publish(IReadOnlyList<PageRecord> pages)
    {
        lock (state.Gate)
        {
            Publish(pages, Path.GetFullPath(servedFolder));
        }
    }

    public void Dispose()
    {
    }

    private void Publish(IReadOnlyList<PageRecord> pages, string root)
    {
        Directory.CreateDirectory(root);

        // The files are about to change: until the rebuild is whole and its state saved, `construire` finds none to trust.
        File.Delete(BuildState.PathOf(root));
        state.Fingerprint = null;

        var built = sink.Files();
        var entries = state.Files ?? ExistingFiles(root);
        var current = built.Select(f => f.Path).Concat(pages.SelectMany(p => p.Files)).ToHashSet(StringComparer.Ordinal);
        var deleted = entries.Keys.Where(path => !current.Contains(path)).Order(StringComparer.Ordinal).ToList();
        // A file this target wrote before is compared by the hash it kept, not read back: a large site's exports weigh 80 MB.
        var hashes = built.ToDictionary(file => file.Path, file => XxHash3.HashToUInt64(file.Content), StringComparer.Ordinal);
        var changed = built.Where(file => state.Hashes.TryGetValue(file.Path, out var was)
            ? was != hashes[file.Path]
            : !SameBytes(Path.Combine(root, file.Path), file.Content)).ToList();
        var renames = StylesheetRenames(deleted, changed);
        var restyled = changed.Where(file => IsRestyledOnly(Path.Combine(root, file.Path), file, renames))
            .Select(file => file.Path)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var file in changed)
        {
            var path = Path.Combine(root, file.Path);
            ReplaceAtomically(path, file.Content);
            entries[file.Path] = FileStamp.Of(new FileInfo(path));
        }

        foreach (var path in deleted)
        {
            File.Delete(Path.Combine(root, path));
            entries.Remove(path);
        }

        // Every file of the site gets an entry, even one no publication listed (put there by hand with the very bytes of
        // the build); one missing from disk (deleted by hand, of a kept page) gets an entry no file matches, so that
        // `construire` writes it again.
        foreach (var path in current.Where(path => !entries.ContainsKey(path)))
        {
            var file = new FileInfo(Path.Combine(root, path));
            entries[path] = file.Exists ? FileStamp.Of(file) : new FileStamp(-1, 0);
        }

        // Only where files went: walking every folder of a 10,000-case site would cost more than the rebuild.
        foreach (var folder in deleted.Select(path => Path.GetDirectoryName(Path.Combine(root, path))!).Distinct(StringComparer.Ordinal))
        {
            FolderMerge.DeleteEmptyParents(folder, root);
        }

        foreach (var path in deleted)
        {
            state.Hashes.Remove(path);
        }

        foreach (var (path, hash) in hashes)
        {
            state.Hashes[path] = hash;
        }

        state.Pages = pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        state.Files = entries;
        Changes = new SiteChanges([.. changed.Select(f => f.Path)], deleted, renames, restyled);
        if (Changes.PageCount > 0)
        {
            state.PagesChanged();
        }
    }

    /// <summary>
    /// Every file of the served folder but the search index, which is not even listed: <c>servir</c> may be swapping
    /// in a new one at that moment.
    /// </summary>
    private static Dictionary<string, FileStamp> ExistingFiles(string root)
    {
        var folder = new DirectoryInfo(root);
        return folder.EnumerateFiles()
            .Concat(folder.EnumerateDirectories()
                .Where(child => child.Name != SearchIndexFolder)
                .SelectMany(child => child.EnumerateFiles("*", SearchOption.AllDirectories)))
            .ToDictionary(file => Path.GetRelativePath(root, file.FullName).Replace(Path.DirectorySeparatorChar, '/'), FileStamp.Of, StringComparer.Ordinal);
    }

    private static bool SameBytes(string path, byte[] content)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    /// <summary>
    /// Stylesheets are named by their content hash (<c>assets/site.0a1b2c3d4e.css</c>): one deleted and one new of the
    /// same name is the same stylesheet edited, which an open page can swap in without reloading.
    /// </summary>
    private static Dictionary<string, string> StylesheetRenames(List<string> deleted, List<OutputFile> changed)
    {
        static string? NameOf(string path) =>
            path.EndsWith(".css", StringComparison.Ordinal) && Path.GetFileName(path).Split('.') is { Length: 3 } parts
                ? Path.GetDirectoryName(path) + "/" + parts[0]
                : null;

        var added = changed.Select(f => f.Path).Where(p => NameOf(p) is not null).ToLookup(p => NameOf(p)!, StringComparer.Ordinal);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var old in deleted)
        {
            if (NameOf(old) is { } name && added[name].ToList() is [var replacement])
            {
                renames[old] = replacement;
            }
        }

        return renames;
    }

    private static bool IsRestyledOnly(string path, OutputFile file, Dictionary<string, string> renames)
    {
        if (renames.Count == 0 || !file.Path.EndsWith(".html", StringComparison.Ordinal) || !File.Exists(path))
        {
            return false;
        }

        var before = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        foreach (var (old, replacement) in renames)
        {
            before = before.Replace("/" + old, "/" + replacement, StringComparison.Ordinal);
        }

        return before == Encoding.UTF8.GetString(file.Content);
    }

    private static void ReplaceAtomically(string path, byte[] content)
    {
        // In the same folder, so the rename stays on one file system and is atomic.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + TemporarySuffix;
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
