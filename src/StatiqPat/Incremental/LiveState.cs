namespace StatiqPat.Incremental;

/// <summary>
/// What a served folder holds, kept by <c>servir</c> from one rebuild to the next: its pages with their keys, its files,
/// and what <c>construire</c> needs to take the folder for its own (<see cref="Save"/>): the fingerprint of the input
/// the pages were built from, and the search index's files while it matches the pages. The rebuild loop changes it
/// while publishing and the search refresher once it swapped an index in, each under <see cref="Gate"/>.
/// </summary>
public sealed class LiveState
{
    private long pageVersion;

    public Lock Gate { get; } = new();

    public Dictionary<string, PageRecord> Pages { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A hash of each file a rebuild wrote (or found already there), so the next one need not read it back.</summary>
    public Dictionary<string, ulong> Hashes { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The size and time of every file the last publication left, the search index aside; null until the folder was
    /// first published. Kept up to date from what each publication wrote: walking a large site at every save would
    /// cost more than the rebuild.
    /// </summary>
    public Dictionary<string, FileStamp>? Files { get; set; }

    /// <summary>The fingerprint of the input the pages were built from; null while a publication is under way.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>Whether the site keeps a search index (<c>servir</c> without <c>--sans-recherche</c>).</summary>
    public bool Searched { get; set; }

    /// <summary>The files of the search index (<c>pagefind/…</c>) while it matches the pages; null once a page changed since it was made.</summary>
    public Dictionary<string, FileStamp>? SearchIndex { get; set; }

    /// <summary>Counts the publications that changed a page: an index made from the pages of an earlier count is stale.</summary>
    public long PageVersion
    {
        get
        {
            lock (Gate)
            {
                return pageVersion;
            }
        }
    }

    /// <summary>
    /// The state <c>construire</c> left beside <paramref name="folder"/>, when it is there and the folder is as it left
    /// it: the first rebuild of <c>servir</c> then renders only the pages an edit changed.
    /// </summary>
    public static LiveState From(string folder)
    {
        if (BuildState.Read(folder) is not { } built)
        {
            return new LiveState();
        }

        var present = BuildState.Scan(folder);
        var intact = built.Files.Count == present.Count && built.Files.All(f => present.TryGetValue(f.Key, out var now) && now == f.Value);
        if (!intact)
        {
            return new LiveState();
        }

        var index = present.Where(f => IsSearchIndex(f.Key)).ToDictionary(StringComparer.Ordinal);
        return new LiveState
        {
            Pages = new Dictionary<string, PageRecord>(built.Pages, StringComparer.Ordinal),
            Files = present.Where(f => !IsSearchIndex(f.Key)).ToDictionary(StringComparer.Ordinal),
            Fingerprint = built.Fingerprint,
            Searched = built.SearchIndexed,
            SearchIndex = built.SearchIndexed ? index : null,
        };
    }

    /// <summary>A publication changed a page: the search index no longer matches until it is made again.</summary>
    public void PagesChanged()
    {
        lock (Gate)
        {
            pageVersion++;
            SearchIndex = null;
        }
    }

    /// <summary>
    /// The search refresher swapped in an index made from the pages of <paramref name="version"/>: when no page changed
    /// since, the site's index matches its pages again, and the state beside <paramref name="folder"/> says so.
    /// </summary>
    public void SearchIndexMade(string folder, long version)
    {
        lock (Gate)
        {
            if (version != pageVersion)
            {
                return;
            }

            SearchIndex = BuildState.Scan(Path.Combine(folder, BuildState.SearchIndexFolder))
                .ToDictionary(f => BuildState.SearchIndexFolder + "/" + f.Key, f => f.Value, StringComparer.Ordinal);
            Save(folder);
        }
    }

    /// <summary>
    /// Leaves beside <paramref name="folder"/> the state <c>construire</c> reads (<see cref="BuildState"/>), as if it had
    /// built the folder itself: the served pages are byte for byte a build's (the reload script and the problem banner
    /// are added as pages are sent, never written), so the next <c>construire</c> of the same input finds nothing to
    /// do. One difference may remain, and the state says it: a search index older than the pages
    /// (<c>recherche non</c>), made again in the background a few seconds after the last edit. <c>construire</c>
    /// then keeps every page and only indexes the site again. No state at all while a publication is under way.
    /// </summary>
    public void Save(string folder)
    {
        lock (Gate)
        {
            if (Fingerprint is not { } fingerprint || Files is null)
            {
                File.Delete(BuildState.PathOf(folder));
                return;
            }

            var indexed = Searched && SearchIndex is not null;
            var files = indexed ? Files.Concat(SearchIndex!).ToDictionary(StringComparer.Ordinal) : Files;
            new BuildState(fingerprint, indexed, Pages, files).Write(folder);
        }
    }

    private static bool IsSearchIndex(string path) => path.StartsWith(BuildState.SearchIndexFolder + "/", StringComparison.Ordinal);
}
