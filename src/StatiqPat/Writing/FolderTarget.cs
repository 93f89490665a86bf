namespace StatiqPat.Writing;

/// <summary>
/// A site written into a staging folder beside <c>output/</c>, which replaces it only when published. The
/// fingerprint of the published site is kept beside the output folder, not in it, so it is never deployed.
/// </summary>
public sealed class FolderTarget(string outputFolder, bool force = false) : IBuildTarget
{
    private StagingFolder? staging;
    private FolderSink? sink;

    public string OutputFolder => outputFolder;

    public IOutputSink Sink => sink ??= new FolderSink(Staging.Path);

    public string? Folder => Staging.Path;

    /// <summary>Where the fingerprint of the site in <paramref name="folder"/> is kept.</summary>
    public static string StampOf(string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.empreinte");
    }

    public bool IsCurrent(string fingerprint)
    {
        var stamp = StampOf(outputFolder);
        return !force && Directory.Exists(outputFolder) && File.Exists(stamp) && File.ReadAllText(stamp) == fingerprint;
    }

    public void Publish(string fingerprint)
    {
        // The stamp goes first and comes back last: a build interrupted mid-swap is never taken for up to date.
        var stamp = StampOf(outputFolder);
        File.Delete(stamp);
        Staging.ReplaceOutput();
        File.WriteAllText(stamp, fingerprint);
    }

    public void Dispose() => staging?.Dispose();

    // Created on first write, so an up-to-date check touches nothing.
    private StagingFolder Staging => staging ??= StagingFolder.Beside(outputFolder);
}
