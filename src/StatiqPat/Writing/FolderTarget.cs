using System.Globalization;
using System.Text;

namespace StatiqPat.Writing;

/// <summary>
/// A site written into a staging folder beside <c>output/</c>, which replaces it only when published. What was
/// published is remembered beside the output folder, not in it, so it is never deployed: the build's fingerprint,
/// then every file of the output with its size and modification time, so a file edited or deleted by hand in
/// <c>output/</c> makes the next build run instead of declaring the site up to date.
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
        if (force || !Directory.Exists(outputFolder) || !File.Exists(stamp))
        {
            return false;
        }

        var lines = File.ReadAllLines(stamp);
        return lines.Length > 0 && lines[0] == fingerprint && lines.AsSpan(1).SequenceEqual(Manifest(outputFolder));
    }

    public void Publish(string fingerprint)
    {
        // The stamp goes first and comes back last: a build interrupted mid-swap is never taken for up to date.
        var stamp = StampOf(outputFolder);
        File.Delete(stamp);
        Staging.ReplaceOutput();
        File.WriteAllLines(stamp, Manifest(outputFolder).Prepend(fingerprint), new UTF8Encoding(false));
    }

    public void Dispose() => staging?.Dispose();

    /// <summary>
    /// One line per file: path, size and modification time. Checking them is a directory walk, with no file read,
    /// so a no-op rebuild of a large site stays fast; a hand edit changes at least the time.
    /// </summary>
    private static string[] Manifest(string folder)
    {
        var root = new DirectoryInfo(folder);
        return root.EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(file => string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetRelativePath(root.FullName, file.FullName).Replace(Path.DirectorySeparatorChar, '/')}\t{file.Length}\t{file.LastWriteTimeUtc.Ticks}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    // Created on first write, so an up-to-date check touches nothing.
    private StagingFolder Staging => staging ??= StagingFolder.Beside(outputFolder);
}
