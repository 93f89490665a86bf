using StatiqPat.Content;
using StatiqPat.Routing;
using StatiqPat.Toolchain;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>
/// Runs Pagefind over a written site. Pagefind is pinned in the repository's <c>package.json</c> and installed before
/// the build starts (<see cref="BuildEnvironment.Prepare"/>). Failures are the machine's, not the content's: they
/// come back as one French sentence, never as a stack trace.
/// </summary>
public static class SearchIndexer
{
    /// <summary>
    /// The files of the pages search covers: every sheet, editorial page and workshop sequence (the pages that mark their text with
    /// <c>data-pagefind-body</c>), from the same routes that place them. Pagefind skips unmarked pages anyway, but
    /// only after reading and parsing them; at 10,000 cases the 6,000 list, typology and matrix pages it parsed
    /// for nothing took more than half its time (72 s instead of 33 s, 4.7 GB of memory instead of 3.5).
    /// </summary>
    public static string PageGlob { get; } =
        "{"
        + string.Join(',', Enum.GetValues<ContentKind>()
            .Select(kind => Urls.Of(kind, "*"))
            .Append(Urls.Sequence("*"))
            .Select(url => url.Trim('/')))
        + "}/index.html";

    /// <summary>Indexes <paramref name="siteFolder"/> in place (writes its <c>pagefind/</c> folder); returns an error message or null.</summary>
    /// <param name="bundleFolder">Where to write the index instead, so <c>servir</c> can swap it in whole.</param>
    public static string? Index(string siteFolder, string pagefind, string toolsFolder, string? bundleFolder = null)
    {
        string[] output = bundleFolder is null ? [] : ["--output-path", Path.GetFullPath(bundleFolder)];
        var run = NodeTools.Run(pagefind, ["--site", Path.GetFullPath(siteFolder), "--glob", PageGlob, "--quiet", .. output], toolsFolder);
        if (run is null || run.Value.ExitCode != 0)
        {
            return $"Pagefind n'a pas pu indexer le site : {NodeTools.Last(run?.Output ?? "programme introuvable")}";
        }

        return null;
    }

    /// <summary>
    /// Indexes <paramref name="siteFolder"/> into a folder beside it, then swaps that index in whole (two renames), so
    /// nothing ever reads half an index; returns an error message or null, the previous index kept on failure.
    /// </summary>
    public static string? IndexAndSwap(string siteFolder, string pagefind, string toolsFolder)
    {
        var root = Path.GetFullPath(siteFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(root) ?? ".";
        var fresh = Path.Combine(parent, $".{Path.GetFileName(root)}-{FolderTarget.SearchIndexFolder}");
        var old = fresh + "-previous";
        try
        {
            DeleteIfExists(fresh);
            DeleteIfExists(old);
            if (Index(root, pagefind, toolsFolder, fresh) is { } failure)
            {
                return failure;
            }

            var served = Path.Combine(root, FolderTarget.SearchIndexFolder);
            if (Directory.Exists(served))
            {
                Directory.Move(served, old);
            }

            Directory.Move(fresh, served);
            DeleteIfExists(old);
            return null;
        }
        catch (IOException exception)
        {
            return $"l'index de recherche n'a pas pu être remplacé ({exception.Message})";
        }
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
