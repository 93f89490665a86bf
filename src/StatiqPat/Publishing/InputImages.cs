using StatiqPat.Content;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>
/// Publishes the images the sheets show, under the names sheets link to. The build got here only if every file of
/// <c>input/images/</c> passed its checks; a file no sheet uses stays out of the site (its warning said so).
/// </summary>
public static class InputImages
{
    public static void Write(IOutputSink sink, InputPaths paths, IReadOnlySet<string> used) => sink.WriteAll(Collect(paths, used));

    /// <summary>The files to publish, read from the scan's list: never a link, never a path outside <c>images/</c>.</summary>
    public static IReadOnlyList<string> Published(InputPaths paths, IReadOnlySet<string> used) =>
        (paths.Files?.Under(InputPaths.Images) ?? []).Where(used.Contains).ToList();

    private static IReadOnlyList<OutputFile> Collect(InputPaths paths, IReadOnlySet<string> used) =>
        Published(paths, used).Select(file => new OutputFile(file, File.ReadAllBytes(paths.Full(file)))).ToList();
}
