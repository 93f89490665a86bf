namespace StatiqPat.Incremental;

/// <summary>A file's size and modification time: enough to know it was not saved since, without reading it.</summary>
public readonly record struct FileStamp(long Length, long Ticks)
{
    public static FileStamp Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc.Ticks);
}
