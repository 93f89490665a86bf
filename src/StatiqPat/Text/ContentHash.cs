using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace StatiqPat.Text;

/// <summary>
/// 64-bit XXH3 hashes of input text: the versions page keys are made of. Not cryptographic, and stable across
/// processes (unlike <see cref="string.GetHashCode()"/>), because <c>construire</c> keeps them between runs.
/// </summary>
public static class ContentHash
{
    /// <summary>The version of a file: its display path and its text, so a renamed file gets a new version.</summary>
    public static ulong Of(string name, string text)
    {
        var hash = new XxHash3();
        hash.Append(MemoryMarshal.AsBytes(name.AsSpan()));
        hash.Append([0, 0]);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>The version of a file read from disk, or of its absence.</summary>
    public static ulong OfFile(string name, string fullPath) =>
        Of(name, File.Exists(fullPath) ? File.ReadAllText(fullPath) : "\0absent");
}
