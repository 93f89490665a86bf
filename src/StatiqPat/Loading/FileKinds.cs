using System.Runtime.CompilerServices;
using System.Text;
using StatiqPat.Content;
using Tmds.Linux;

namespace StatiqPat.Loading;

/// <summary>
/// Tells what an entry is without following it. .NET reports a pipe or a device as a plain file, and its recursive
/// enumeration walks into linked folders, so on Linux the entry is asked with <c>lstat</c> itself.
/// </summary>
public static class FileKinds
{
    public static FileKind Of(string path) =>
        OperatingSystem.IsLinux() ? OfLinux(path) : OfAttributes(path);

    // Kept out of line so other systems never load Tmds.LibC, which binds Linux's libc.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe FileKind OfLinux(string path)
    {
        var bytes = Encoding.UTF8.GetBytes(path + "\0");
        stat status;
        int result;
        fixed (byte* name = bytes)
        {
            result = LibC.lstat(name, &status);
        }

        if (result != 0)
        {
            return FileKind.Missing;
        }

        return (status.st_mode & LibC.S_IFMT) switch
        {
            var type when type == LibC.S_IFREG => FileKind.Regular,
            var type when type == LibC.S_IFDIR => FileKind.Directory,
            var type when type == LibC.S_IFLNK => FileKind.SymbolicLink,
            _ => FileKind.Special,
        };
    }

    /// <summary>Elsewhere (Windows, macOS) links are reparse points, devices carry their own attribute.</summary>
    private static FileKind OfAttributes(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path) && info.LinkTarget is null)
        {
            return FileKind.Missing;
        }

        return info.Attributes switch
        {
            var a when a.HasFlag(FileAttributes.ReparsePoint) => FileKind.SymbolicLink,
            var a when a.HasFlag(FileAttributes.Device) => FileKind.Special,
            var a when a.HasFlag(FileAttributes.Directory) => FileKind.Directory,
            _ => FileKind.Regular,
        };
    }
}
