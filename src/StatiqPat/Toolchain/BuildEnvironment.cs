using StatiqPat.Maps;

namespace StatiqPat.Toolchain;

/// <summary>
/// What a build may use from the machine, resolved once by the command line before the build starts: the folder
/// whose <c>package.json</c> pins the Node tools, Pagefind when a search index is wanted, Decap CMS's files and the
/// outlines of the départements for the maps.
/// </summary>
/// <param name="ToolsFolder">The folder of the pinned <c>package.json</c>, or null when none was found.</param>
/// <param name="Pagefind">Pagefind's program when the build indexes the site for search; null builds no index.</param>
/// <param name="DecapDist">Decap CMS's built files, copied into <c>/admin/</c>; null when Decap is not installed.</param>
/// <param name="Map">The départements' outlines; null draws no map (the pages keep the same facts as lists).</param>
public sealed record BuildEnvironment(string? ToolsFolder, string? Pagefind, string? DecapDist, DepartmentShapes? Map = null)
{
    /// <summary>Nothing from the machine: the site alone, as tests and <c>check</c> build it.</summary>
    public static readonly BuildEnvironment None = new(null, null, null);

    /// <summary>The tools already installed, without search and without installing anything.</summary>
    public static BuildEnvironment Find(string inputFolder)
    {
        var tools = NodeTools.FindToolsFolder(inputFolder);
        return tools is null ? None : new BuildEnvironment(tools, null, NodeTools.DecapDist(tools), ReadMap(tools).Shapes);
    }

    /// <summary>The outlines when their package is installed; a French sentence when it is there but unreadable.</summary>
    private static (DepartmentShapes? Shapes, string? Problem) ReadMap(string tools) =>
        DepartmentShapesReader.FileIn(tools) is var file && File.Exists(file) ? DepartmentShapesReader.Read(file) : (null, null);

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

        // Installing may just have brought Decap CMS and the map's outlines too.
        var (map, unreadable) = ReadMap(tools);
        return unreadable is not null
            ? (null, unreadable)
            : (new BuildEnvironment(tools, NodeTools.PagefindOf(tools), NodeTools.DecapDist(tools), map), null);
    }
}
