using StatiqPat.Tools;

namespace StatiqPat.Search;

/// <summary>
/// Runs Pagefind over a written site. Pagefind is pinned in the repository's <c>package.json</c>; the first
/// build installs it with npm (<see cref="NodeTools"/>). Failures are the machine's, not the content's: they
/// come back as one French sentence saying what to install, never as a stack trace.
/// </summary>
public static class SearchIndexer
{
    /// <summary>Indexes <paramref name="siteFolder"/> in place (writes its <c>pagefind/</c> folder); returns an error message or null.</summary>
    public static string? Index(string siteFolder, string inputFolder, TextWriter log)
    {
        var tools = NodeTools.FindToolsFolder(inputFolder);
        if (tools is null)
        {
            return "le fichier package.json qui épingle Pagefind est introuvable au-dessus du dossier d'entrée (lancez la commande depuis le dépôt, ou ajoutez --sans-recherche)";
        }

        if (NodeTools.EnsureTools(tools, log) is { } problem)
        {
            return problem;
        }

        var run = NodeTools.Run(NodeTools.PagefindOf(tools), ["--site", Path.GetFullPath(siteFolder), "--quiet"], tools);
        if (run is null || run.Value.ExitCode != 0)
        {
            return $"Pagefind n'a pas pu indexer le site : {NodeTools.Last(run?.Output ?? "programme introuvable")}";
        }

        return null;
    }
}
