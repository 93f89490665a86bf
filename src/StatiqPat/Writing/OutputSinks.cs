namespace StatiqPat.Writing;

/// <summary>Helpers shared by every sink.</summary>
public static class OutputSinks
{
    /// <summary>Writes a file whose bytes are already in memory (data files, images, theme assets).</summary>
    public static void Write(this IOutputSink sink, string path, ReadOnlySpan<byte> content)
    {
        using var stream = sink.Create(path);
        stream.Write(content);
    }

    public static void WriteAll(this IOutputSink sink, IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            sink.Write(file.Path, file.Content);
        }
    }
}
