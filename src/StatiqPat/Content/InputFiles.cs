namespace StatiqPat.Content;

/// <summary>
/// The regular files of the input folder, found without following any link: the only files a build may read.
/// Paths are relative to the input folder, with '/' separators, sorted in ordinal order.
/// </summary>
public sealed class InputFiles
{
    private readonly HashSet<string> files;
    private readonly HashSet<string> refused;

    public InputFiles(IEnumerable<string> files, IEnumerable<RefusedEntry> refused)
    {
        All = [.. files.Order(StringComparer.Ordinal)];
        Refused = [.. refused.OrderBy(r => r.Path, StringComparer.Ordinal)];
        this.files = new HashSet<string>(All, StringComparer.Ordinal);
        this.refused = new HashSet<string>(Refused.Select(r => r.Path), StringComparer.Ordinal);
    }

    public IReadOnlyList<string> All { get; }

    public IReadOnlyList<RefusedEntry> Refused { get; }

    public bool Contains(string relative) => files.Contains(relative);

    /// <summary>True when the path is a link or special file, already reported: a second « missing » message would only confuse.</summary>
    public bool IsRefused(string relative) => refused.Contains(relative);

    /// <summary>The files directly in a folder (not in its subfolders) whose name ends with the extension.</summary>
    public IEnumerable<string> In(string folder, string extension)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return All.Where(path => path.StartsWith(prefix, StringComparison.Ordinal)
            && path.IndexOf('/', prefix.Length) < 0
            && path.EndsWith(extension, StringComparison.Ordinal));
    }

    /// <summary>Every file under a folder, at any depth.</summary>
    public IEnumerable<string> Under(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        return All.Where(path => path.StartsWith(prefix, StringComparison.Ordinal));
    }
}
