using StatiqPat.Incremental;
namespace StatiqPat.Writing;

/// <summary>
/// The output folder of <c>construire</c>. New and changed files are written into a staging folder beside it; then
/// publishing moves into <c>output/</c> only the files whose bytes changed (each by an atomic rename), and deletes
/// what the build no longer makes. An unchanged page keeps its file and its modification time. What was published
/// is remembered beside the folder (<see cref="BuildState"/>), so the next build renders only the pages whose key
/// changed, and notices a file of <c>output/</c> edited or deleted by hand.
/// </summary>
/// <param name="force">Ignores what was remembered: every page is rendered again (only changed bytes are still written).</param>
/// <param name="keepSearchIndex">The build makes a search index: publishing leaves <c>pagefind/</c> for the search step to replace.</param>
public sealed class FolderTarget(string outputFolder, bool force = false, bool keepSearchIndex = false) : IBuildTarget
{
    /// <summary>The folder Pagefind writes into the site.</summary>
    public const string SearchIndexFolder = BuildState.SearchIndexFolder;

    private readonly BuildState? previous = force ? null : BuildState.Read(outputFolder);
    private Dictionary<string, FileStamp>? present;
    private StagingFolder? staging;
    private FolderSink? sink;
    private Dictionary<string, PageRecord> published = new(StringComparer.Ordinal);
    private bool pagesChanged = true;
    private Dictionary<string, FileStamp>? merged;

    public string OutputFolder => outputFolder;

    public IOutputSink Sink => sink ??= new FolderSink(Staging.Path);

    /// <summary>The output folder itself: the search step runs once the pages are published.</summary>
    public string? Folder => outputFolder;

    public bool SearchIndexCurrent =>
        !pagesChanged && previous is { SearchIndexed: true } && Directory.Exists(Path.Combine(outputFolder, SearchIndexFolder));

    /// <summary>
    /// The same fingerprint, every file as it was left, and, when this build makes a search index, an index that
    /// matched the pages (<c>servir</c> leaves a state whose index is older than its pages until it made it again).
    /// </summary>
    public bool IsCurrent(string fingerprint) =>
        previous is { } state && state.Fingerprint == fingerprint && Directory.Exists(outputFolder)
        && (state.SearchIndexed || !keepSearchIndex)
        && state.Files.Count == Present.Count && state.Files.All(f => Present.TryGetValue(f.Key, out var now) && now == f.Value);

    public IReadOnlyList<string>? Reusable(string url, ulong key) =>
        previous is { } state && state.Pages.TryGetValue(url, out var page) && page.Key == key
        && page.Files.All(file => state.Files.TryGetValue(file, out var was) && Present.TryGetValue(file, out var now) && now == was)
            ? page.Files
            : null;

    public void Publish(IReadOnlyList<PageRecord> pages)
    {
        // The state goes first and comes back last: a build interrupted while publishing is never taken for up to date.
        File.Delete(BuildState.PathOf(outputFolder));
        published = pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        if (!Directory.Exists(outputFolder))
        {
            Staging.ReplaceOutput();
            pagesChanged = true;
            return;
        }

        var kept = pages.SelectMany(p => p.Files).ToHashSet(StringComparer.Ordinal);
        var changes = FolderMerge.Merge(Staging.Path, outputFolder, Present.Keys, kept, keepSearchIndex ? SearchIndexFolder + "/" : null);
        pagesChanged = changes.PageCount > 0;

        // The output's listing, brought up to date from what the merge did rather than by walking the folder again.
        var after = new Dictionary<string, FileStamp>(Present, StringComparer.Ordinal);
        foreach (var path in changes.Deleted)
        {
            after.Remove(path);
        }

        foreach (var path in changes.Written)
        {
            after[path] = FileStamp.Of(new FileInfo(Path.Combine(outputFolder, path)));
        }

        merged = after;
    }

    public void Remember(string fingerprint, bool searchIndexed)
    {
        // The search step rewrote pagefind/: its files are listed afresh; the rest comes from the merge when there was one.
        var files = merged is null
            ? BuildState.Scan(outputFolder)
            : merged.Where(f => !f.Key.StartsWith(SearchIndexFolder + "/", StringComparison.Ordinal))
                .Concat(BuildState.Scan(Path.Combine(outputFolder, SearchIndexFolder))
                    .Select(f => KeyValuePair.Create(SearchIndexFolder + "/" + f.Key, f.Value)))
                .ToDictionary(StringComparer.Ordinal);
        new BuildState(fingerprint, searchIndexed, published, files).Write(outputFolder);
    }

    public void Dispose() => staging?.Dispose();

    // Scanned once, on first use: a no-op build compares it with the state; a build checks reused pages against it.
    private Dictionary<string, FileStamp> Present => present ??= BuildState.Scan(outputFolder);

    // Created on first write, so an up-to-date check touches nothing.
    private StagingFolder Staging => staging ??= StagingFolder.Beside(outputFolder);
}
