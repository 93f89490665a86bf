namespace StatiqPat.Serving;

/// <summary>
/// One burst of saved files, full paths sorted, and when its first change was seen (a timestamp of the bursts'
/// <see cref="TimeProvider"/>: <see cref="System.Diagnostics.Stopwatch"/>'s for the real watcher).
/// </summary>
public sealed record WatchedChanges(IReadOnlyList<string> Paths, long FirstSeen);
