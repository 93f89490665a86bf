using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace StatiqPat.Incremental;

/// <summary>Folds the versions and values a page is made of into its key (64-bit XXH3, stable across processes).</summary>
public sealed class KeyBuilder
{
    private readonly XxHash3 hash = new();

    public KeyBuilder Add(ulong value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(ulong)];
        MemoryMarshal.Write(bytes, in value);
        hash.Append(bytes);
        return this;
    }

    public KeyBuilder Add(int value) => Add((ulong)(uint)value);

    public KeyBuilder Add(string text)
    {
        // The length first, so two strings can never run into each other.
        Add(text.Length);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public KeyBuilder AddAll(IEnumerable<ulong> values)
    {
        var count = 0;
        foreach (var value in values)
        {
            Add(value);
            count++;
        }

        return Add(count);
    }

    public ulong Value => hash.GetCurrentHashAsUInt64();
}
