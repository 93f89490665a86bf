using StatiqPat.Maps;
using StatiqPat.Toolchain;

namespace StatiqPat.Tests.Support;

/// <summary>
/// What a test build may take from the machine, given explicitly: a test build takes nothing by default, so the fast
/// tier passes on a fresh clone without node_modules/ or .outils/. The outlines and Decap CMS here are small committed
/// stand-ins (Fixtures/machine, see its README for the outlines' licence), not the installed packages.
/// </summary>
public static class Machine
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "StatiqPat.Tests", "Fixtures", "machine");

    /// <summary>The committed file of outlines, in the npm package's format (Grand Est's départements only).</summary>
    public static string OutlinesFile => Path.Combine(Folder, "france.departments", "index.js");

    /// <summary>A fake Decap CMS bundle: the file names the build copies into /admin/, and a source map it leaves out.</summary>
    public static string DecapDist => Path.Combine(Folder, "decap-cms", "dist");

    public static DepartmentShapes Outlines =>
        DepartmentShapesReader.Read(OutlinesFile) is ({ } shapes, null) ? shapes : throw new InvalidOperationException($"{OutlinesFile} is unreadable");

    /// <summary>The map's outlines, nothing else.</summary>
    public static BuildEnvironment WithMap => new(null, null, null, Outlines);

    /// <summary>Decap CMS, nothing else.</summary>
    public static BuildEnvironment WithDecap => new(null, null, DecapDist);

    /// <summary>Everything a build copies or draws from the machine; still no search index (that needs Pagefind).</summary>
    public static BuildEnvironment WithMapAndDecap => new(null, null, DecapDist, Outlines);
}
