namespace StatiqPat.Cli;

/// <summary>One burst of saved files, full paths sorted, and when its first change was seen (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
public sealed record WatchedChanges(IReadOnlyList<string> Paths, long FirstSeen);
