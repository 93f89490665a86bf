namespace StatiqPat.Writing;

/// <summary>A published file's size and modification time: a file edited or replaced by hand changes at least the time.</summary>
public readonly record struct FileEntry(long Length, long Ticks)
{
    public static FileEntry Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc.Ticks);
}
