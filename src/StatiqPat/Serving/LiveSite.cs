using StatiqPat.Incremental;
using StatiqPat.Toolchain;

namespace StatiqPat.Serving;

/// <summary>
/// A built site served while its input is watched: the server with live reload, the watcher and the rebuild loop,
/// started and stopped together. What <c>servir</c> runs after its first build, and what the browser tests start.
/// </summary>
public sealed class LiveSite : IAsyncDisposable
{
    /// <summary>
    /// Long enough to gather an editor's write-rename-delete (a few milliseconds apart) and a script's burst of saves,
    /// short enough to leave most of the 100 ms a rebuild may take to the rebuild itself.
    /// </summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(40);

    private readonly SiteServer server;
    private readonly InputWatcher watcher;
    private readonly CancellationTokenSource stop;
    private readonly Task loop;
    private readonly SearchRefresher? search;

    private LiveSite(SiteServer server, InputWatcher watcher, CancellationTokenSource stop, Task loop, SearchRefresher? search)
    {
        this.server = server;
        this.watcher = watcher;
        this.stop = stop;
        this.loop = loop;
        this.search = search;
    }

    public string Address => server.Address;

    /// <summary>Serves <paramref name="servedFolder"/>, already built from <paramref name="options"/>, and rebuilds it on every save.</summary>
    /// <param name="search">The first build made a search index: keep it up to date in the background.</param>
    public static async Task<LiveSite> StartAsync(BuildOptions options, string servedFolder, int port, TextWriter output, TextWriter errors,
        bool search = false, SheetCache? sheets = null)
    {
        var reload = new LiveReload(servedFolder);
        var state = LiveState.From(servedFolder);
        var server = await SiteServer.StartAsync(servedFolder, port, reload);
        var themes = ThemeFolders(options.InputFolder);
        var watcher = new InputWatcher([options.InputFolder, .. themes], QuietPeriod);
        var stop = new CancellationTokenSource();
        var refresher = search && NodeTools.FindToolsFolder(options.InputFolder) is { } tools
            ? new SearchRefresher(servedFolder, NodeTools.PagefindOf(tools), tools, errors, state)
            : null;
        var rebuilder = new LiveRebuilder(options, servedFolder, reload, output, errors, refresher, sheets, state);
        return new LiveSite(server, watcher, stop, Task.Run(() => rebuilder.RunAsync(watcher, themes, stop.Token)), refresher);
    }

    public Task WaitForShutdownAsync() => server.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        watcher.Dispose();
        search?.Dispose();
        stop.Dispose();
        await server.DisposeAsync();
    }

    /// <summary>The theme's sources beside the repository's <c>package.json</c>, when serving from a clone.</summary>
    private static IReadOnlyList<string> ThemeFolders(string inputFolder) =>
        NodeTools.FindToolsFolder(inputFolder) is { } root && Path.Combine(root, "theme") is var theme && Directory.Exists(theme)
            ? [Path.GetFullPath(theme)]
            : [];
}
