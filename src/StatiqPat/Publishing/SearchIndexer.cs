using StatiqPat.Toolchain;

namespace StatiqPat.Publishing;

/// <summary>
/// Runs Pagefind over a written site. Pagefind is pinned in the repository's <c>package.json</c> and installed before
/// the build starts (<see cref="BuildEnvironment.Prepare"/>). Failures are the machine's, not the content's: they
/// come back as one French sentence, never as a stack trace.
/// </summary>
public static class SearchIndexer
{
    /// <summary>Indexes <paramref name="siteFolder"/> in place (writes its <c>pagefind/</c> folder); returns an error message or null.</summary>
    /// <param name="bundleFolder">Where to write the index instead, so <c>servir</c> can swap it in whole.</param>
    public static string? Index(string siteFolder, string pagefind, string toolsFolder, string? bundleFolder = null)
    {
        string[] output = bundleFolder is null ? [] : ["--output-path", Path.GetFullPath(bundleFolder)];
        var run = NodeTools.Run(pagefind, ["--site", Path.GetFullPath(siteFolder), "--quiet", .. output], toolsFolder);
        if (run is null || run.Value.ExitCode != 0)
        {
            return $"Pagefind n'a pas pu indexer le site : {NodeTools.Last(run?.Output ?? "programme introuvable")}";
        }

        return null;
    }
}
