namespace StatiqPat.Serving;

/// <summary>
/// Watches folders for saved files and hands them over in bursts: a burst ends once nothing has moved for a quiet
/// period, so an editor's save (often a write, a rename and a delete) or a <c>git checkout</c> of fifty files
/// causes one rebuild rather than fifty. Editors' temporary files are ignored. The bursts themselves are
/// <see cref="ChangeBursts"/>; this class is the file system's side.
/// </summary>
public sealed class InputWatcher : IDisposable
{
    /// <summary>Stands for "anything may have changed", when the system dropped events (its buffer overflowed).</summary>
    public const string Everything = "*";

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly ChangeBursts bursts;

    public InputWatcher(IEnumerable<string> folders, TimeSpan quiet)
    {
        bursts = new ChangeBursts(quiet, TimeProvider.System);
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Seen(e.FullPath, isChange: true);
            watcher.Created += (_, e) => Seen(e.FullPath);
            watcher.Deleted += (_, e) => Seen(e.FullPath);
            // Saving by rename (write a temporary file, rename it over the sheet) shows as a rename: both names count.
            watcher.Renamed += (_, e) =>
            {
                Seen(e.OldFullPath);
                Seen(e.FullPath);
            };
            watcher.Error += (_, _) => Seen(Everything);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>
    /// Whether a file name is an editor's scratch file rather than content: Vim's swap and backup files, its <c>4913</c> probe, Emacs' lock
    /// and autosave files.
    /// </summary>
    public static bool IsScratch(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0 || name == "4913" || name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal)
            || (name.StartsWith('#') && name.EndsWith('#'))
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".swo", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Waits for the next burst of changes and returns it once the folders have been quiet for the quiet period.</summary>
    public Task<WatchedChanges> NextAsync(CancellationToken cancellation) => bursts.NextAsync(cancellation);

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
    }

    private void Seen(string path, bool isChange = false)
    {
        // A folder's own "changed" event only says something inside it moved, which has its own event.
        if (path == Everything || (!IsScratch(path) && !(isChange && Directory.Exists(path))))
        {
            bursts.Add(path);
        }
    }
}
