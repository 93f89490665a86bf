namespace StatiqPat.Writing;

/// <summary>What publishing a build changed in a served folder: paths relative to it, with forward slashes.</summary>
/// <param name="Written">Files that are new or whose bytes changed.</param>
/// <param name="Deleted">Files the build no longer makes.</param>
/// <param name="StylesheetRenames">Stylesheets replaced by one of the same name and another content hash, old path to new.</param>
/// <param name="RestyledPages">Written pages whose only change is the names of <paramref name="StylesheetRenames"/>.</param>
public sealed record SiteChanges(IReadOnlyList<string> Written, IReadOnlyList<string> Deleted,
    IReadOnlyDictionary<string, string> StylesheetRenames, IReadOnlySet<string> RestyledPages)
{
    public static readonly SiteChanges None = new([], [], new Dictionary<string, string>(), new HashSet<string>());

    /// <summary>The HTML pages among the written and deleted files: what the console reports as rewritten.</summary>
    public int PageCount => Written.Concat(Deleted).Count(path => path.EndsWith(".html", StringComparison.Ordinal));

    public bool IsEmpty => Written.Count == 0 && Deleted.Count == 0;
}
