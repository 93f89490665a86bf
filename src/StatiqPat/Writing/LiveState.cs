namespace StatiqPat.Writing;

/// <summary>What a served folder holds, kept by <c>servir</c> from one rebuild to the next: its pages with their keys, and its files.</summary>
public sealed class LiveState
{
    public Dictionary<string, PageRecord> Pages { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A hash of each file a rebuild wrote (or found already there), so the next one need not read it back.</summary>
    public Dictionary<string, ulong> Hashes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every file the last publication left, the search index aside; null until the folder was first published.</summary>
    public IReadOnlySet<string>? Files { get; set; }

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
        return !intact
            ? new LiveState()
            : new LiveState
            {
                Pages = new Dictionary<string, PageRecord>(built.Pages, StringComparer.Ordinal),
                Files = present.Keys.Where(path => !path.StartsWith(FolderTarget.SearchIndexFolder + "/", StringComparison.Ordinal))
                    .ToHashSet(StringComparer.Ordinal),
            };
    }
}
