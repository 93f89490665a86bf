namespace StatiqPat.Writing;

/// <summary>
/// Keeps <c>output/</c> always a whole site: a build writes into a staging folder beside it, which replaces
/// the old one in two renames only when everything (pages, data, search index) is there. Disposing a staging
/// folder that was never swapped in deletes it, so a failed or crashed build leaves <c>output/</c> as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string target;
    private readonly string previous;
    private bool swapped;

    private StagingFolder(string outputFolder)
    {
        target = System.IO.Path.GetFullPath(outputFolder).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(target) ?? ".";
        var name = System.IO.Path.GetFileName(target);
        Path = System.IO.Path.Combine(parent, $".{name}-staging");
        previous = System.IO.Path.Combine(parent, $".{name}-previous");
    }

    /// <summary>The folder to write into.</summary>
    public string Path { get; }

    /// <summary>An empty staging folder for <paramref name="outputFolder"/>, leftovers of an interrupted build removed.</summary>
    public static StagingFolder Beside(string outputFolder)
    {
        var staging = new StagingFolder(outputFolder);
        DeleteIfExists(staging.Path);
        DeleteIfExists(staging.previous);
        Directory.CreateDirectory(staging.Path);
        return staging;
    }

    /// <summary>Puts the staging folder in place of the output folder.</summary>
    public void ReplaceOutput()
    {
        if (Directory.Exists(target))
        {
            Directory.Move(target, previous);
        }

        Directory.Move(Path, target);
        swapped = true;
        DeleteIfExists(previous);
    }

    public void Dispose()
    {
        if (!swapped)
        {
            DeleteIfExists(Path);
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
