namespace StatiqPat.Tests.Support;

/// <summary>Paths in the source tree, found from the test assembly so tests run from any folder.</summary>
public static class Repository
{
    public static readonly string Root = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "StatiqPat.Tests", "Fixtures", name, "input");

    /// <summary>A committed snapshot folder, written in the source tree (not the build output) when snapshots are updated.</summary>
    public static string Snapshot(string name) => Path.Combine(Root, "tests", "StatiqPat.Tests", "Snapshots", name);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "StatiqPat.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("StatiqPat.sln not found above the test assembly.");
    }
}
