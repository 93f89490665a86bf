namespace StatiqPat.Toolchain;

/// <summary>
/// What a build may use from the machine, resolved once by the command line before the build starts: the folder
/// whose <c>package.json</c> pins the Node tools, Pagefind when a search index is wanted, and Decap CMS's files.
/// </summary>
/// <param name="ToolsFolder">The folder of the pinned <c>package.json</c>, or null when none was found.</param>
/// <param name="Pagefind">Pagefind's program when the build indexes the site for search; null builds no index.</param>
/// <param name="DecapDist">Decap CMS's built files, copied into <c>/admin/</c>; null when Decap is not installed.</param>
public sealed record BuildEnvironment(string? ToolsFolder, string? Pagefind, string? DecapDist)
{
    /// <summary>Nothing from the machine: the site alone, as tests and <c>check</c> build it.</summary>
    public static readonly BuildEnvironment None = new(null, null, null);

    /// <summary>The tools already installed, without search and without installing anything.</summary>
    public static BuildEnvironment Find(string inputFolder)
    {
        var tools = NodeTools.FindToolsFolder(inputFolder);
        return new BuildEnvironment(tools, null, tools is null ? null : NodeTools.DecapDist(tools));
    }

    /// <summary>
    /// The environment of a build that writes the site: with <paramref name="search"/>, the Node tools are installed
    /// first when any is missing (the first build of a fresh clone). Returns a French sentence when that fails.
    /// </summary>
    public static (BuildEnvironment? Environment, string? Problem) Prepare(string inputFolder, bool search, TextWriter log)
    {
        var found = Find(inputFolder);
        if (!search)
        {
            return (found, null);
        }

        if (found.ToolsFolder is not { } tools)
        {
            return (null, "le fichier package.json qui épingle Pagefind est introuvable au-dessus du dossier d'entrée "
                + "(lancez la commande depuis le dépôt, ou ajoutez --sans-recherche)");
        }

        if (NodeTools.EnsureTools(tools, log) is { } problem)
        {
            return (null, problem);
        }

        // Installing may just have brought Decap CMS too.
        return (new BuildEnvironment(tools, NodeTools.PagefindOf(tools), NodeTools.DecapDist(tools)), null);
    }
}
