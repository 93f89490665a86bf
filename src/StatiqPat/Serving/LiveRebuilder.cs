using System.Diagnostics;
using System.Globalization;
using StatiqPat.Cli;
using StatiqPat.Incremental;
using StatiqPat.Pages.Shared;
using StatiqPat.Text;
using StatiqPat.Toolchain;
using StatiqPat.Writing;

namespace StatiqPat.Serving;

/// <summary>
/// The loop behind <c>servir</c>: each burst of saves in <c>input/</c> rebuilds the site in memory, writes only the
/// files that changed into the served folder and tells the open pages. A build that fails leaves the served site as
/// it was and shows its problems, in the console as <c>verifier</c> prints them and in every page.
/// </summary>
/// <param name="search">Refreshes the search index in the background after rebuilds; null keeps the first build's index.</param>
/// <param name="sheets">The sheets already read (by the first build); a rebuild re-reads only the files saved since.</param>
/// <param name="state">What the served folder holds, shared with <paramref name="search"/>; by default read from the state the first build left.</param>
public sealed class LiveRebuilder(BuildOptions options, string servedFolder, LiveReload reload, TextWriter output, TextWriter errors,
    SearchRefresher? search = null, SheetCache? sheets = null, LiveState? state = null)
{
    // Found once: the tools do not move while serving. Pagefind is named when the site keeps a search index, so that
    // the fingerprint a rebuild leaves for `construire` is the one `construire` computes; the rebuild never runs it
    // (its target has no folder for it to read): SearchRefresher does, in the background.
    private readonly BuildEnvironment environment = BuildEnvironment.Find(options.InputFolder) with { Pagefind = search?.Pagefind };

    private readonly SheetCache cache = sheets ?? new SheetCache();

    // Families of pages (typologies, matrices, lists) kept while no front matter changes: a body edit skips them.
    private readonly PageMemo<SitePage> memo = new();

    // What the served folder holds, from the build that wrote it: the first rebuild renders only what an edit changed.
    private readonly LiveState state = state ?? LiveState.From(servedFolder);

    /// <summary>Rebuilds after every burst the watcher reports, until cancelled.</summary>
    public async Task RunAsync(InputWatcher watcher, IReadOnlyList<string> themeFolders, CancellationToken cancellation)
    {
        var input = Path.GetFullPath(options.InputFolder);
        while (!cancellation.IsCancellationRequested)
        {
            WatchedChanges changes;
            try
            {
                changes = await watcher.NextAsync(cancellation);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var theme = changes.Paths.Where(path => themeFolders.Any(folder => IsUnder(path, folder)) && IsThemeSource(path)).ToList();
            if (theme.Count > 0)
            {
                // The theme (Razor components, site.css, recherche.js) is compiled into the program: a rebuild would not see it.
                errors.WriteLine($"{Path.GetFileName(theme[0])} a changé : le thème est compilé dans le programme, "
                    + "arrêtez servir (Ctrl+C) puis relancez-le pour voir cette modification.");
            }

            if (changes.Paths.Any(path => path == InputWatcher.Everything || IsUnder(path, input)))
            {
                await RebuildAsync(changes.FirstSeen);
            }
        }
    }

    /// <summary>One rebuild; <paramref name="firstSeen"/> is when its first change was seen, so the time printed is what the writer waited.</summary>
    public async Task<SiteChanges?> RebuildAsync(long firstSeen)
    {
        BuildSummary summary;
        using var target = new LiveFolderTarget(servedFolder, state);
        var waited = Stopwatch.GetElapsedTime(firstSeen);
        var collections = GC.CollectionCount(2);
        try
        {
            summary = await SiteBuilder.BuildAsync(options, environment, target, cache, memo);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A generator bug must not stop the server: the previous site stays served.
            errors.WriteLine($"erreur : la reconstruction a échoué ({exception.GetType().Name} : {exception.Message}). Le site servi est inchangé.");
            return null;
        }

        if (!summary.Succeeded)
        {
            foreach (var diagnostic in summary.Diagnostics)
            {
                errors.WriteLine(diagnostic);
            }

            var failures = summary.Errors.ToList();
            var files = failures.Select(d => d.Position.Path).Distinct(StringComparer.Ordinal).Count();
            errors.WriteLine($"{CheckCommand.CountLine(failures.Count, files)} Le site servi reste celui de la dernière construction réussie.");
            reload.Failed(summary.Diagnostics);
            return null;
        }

        // Warnings (an image no sheet shows) do not stop the rebuild, but the contributor still hears of them.
        foreach (var warning in summary.Diagnostics)
        {
            errors.WriteLine(warning);
        }

        var elapsed = Stopwatch.GetElapsedTime(firstSeen);
        // One line, always the same shape: scripts read it.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reconstruction : {French.Count(target.Changes.PageCount, "page réécrite", "pages réécrites")} en {elapsed.TotalMilliseconds:0} ms"));
        if (Environment.GetEnvironmentVariable(LastResort.VerboseVariable) is "1")
        {
            // For whoever tunes the rebuild: where its time went, on the error stream so scripts reading the line above are not disturbed.
            errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"attente {waited.TotalMilliseconds:0.0} ms, ")
                + string.Join(", ", summary.Timer.Stages.Select(s => string.Create(CultureInfo.InvariantCulture,
                    $"{s.Stage} {s.Elapsed.TotalMilliseconds:0.0} ms")))
                + string.Create(CultureInfo.InvariantCulture, $", {GC.CollectionCount(2) - collections} ramassage(s) complet(s)"));
        }

        reload.Published(target.Changes);
        if (target.Changes.PageCount > 0)
        {
            search?.Schedule();
        }

        // After the open pages are told, so they do not wait for it.
        SaveState();
        return target.Changes;
    }

    /// <summary>Leaves the state <c>construire</c> reads: without it, the first <c>construire</c> after <c>servir</c> would render every page again.</summary>
    private void SaveState()
    {
        try
        {
            state.Save(servedFolder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"attention : l'état du site servi n'a pas pu être enregistré ({exception.Message}) ; "
                + "la prochaine construction refera toutes les pages.");
        }
    }

    /// <summary>The theme's own files, not what compiling it writes into its <c>bin/</c> and <c>obj/</c>.</summary>
    private static bool IsThemeSource(string path) =>
        !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        && Path.GetExtension(path) is ".razor" or ".cs" or ".css" or ".js" or ".mjs" or ".svg";

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
