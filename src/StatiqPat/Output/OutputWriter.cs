namespace StatiqPat.Output;

/// <summary>
/// Writes the site so that <c>output/</c> is always a whole site: everything goes to a staging folder
/// beside it, which then replaces the old one in two renames. A failed build never touches <c>output/</c>.
/// </summary>
public static class OutputWriter
{
    /// <param name="beforeSwap">Last step on the complete staging folder (the search index); a message aborts the swap.</param>
    /// <returns>Null when the site was replaced, else the reason it was not.</returns>
    public static string? WriteAtomically(string outputFolder, IReadOnlyList<OutputFile> files, Func<string, string?>? beforeSwap = null)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? ".";
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}-staging");
        var previous = Path.Combine(parent, $".{name}-previous");

        DeleteIfExists(staging);
        DeleteIfExists(previous);
        Directory.CreateDirectory(staging);
        Parallel.ForEach(files, file =>
        {
            var path = Path.Combine(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        });

        if (beforeSwap?.Invoke(staging) is { } problem)
        {
            DeleteIfExists(staging);
            return problem;
        }

        if (Directory.Exists(target))
        {
            Directory.Move(target, previous);
        }

        Directory.Move(staging, target);
        DeleteIfExists(previous);
        return null;
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
