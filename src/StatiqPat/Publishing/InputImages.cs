using StatiqPat.Content;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>Copies <c>input/images/</c> as is: images keep their names, as sheets link to them by path.</summary>
public static class InputImages
{
    public static void Write(IOutputSink sink, InputPaths paths) => sink.WriteAll(Collect(paths));

    private static IReadOnlyList<OutputFile> Collect(InputPaths paths)
    {
        var folder = paths.Full(InputPaths.Images);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => new OutputFile(
                Path.GetRelativePath(paths.Root, file).Replace(Path.DirectorySeparatorChar, '/'),
                File.ReadAllBytes(file)))
            .ToList();
    }
}
