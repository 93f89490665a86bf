using System.Text;

namespace StatiqPat.Rendering;

/// <summary>
/// The text of one page, collected in a reused builder and written out as UTF-8 (no byte-order mark: browsers
/// and validators expect none, and the pages declare their charset) through a reused byte array. A renderer
/// owns one; after the largest page, rendering allocates nothing here.
/// </summary>
public sealed class Utf8PageBuffer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StringBuilder text = new(32 * 1024);
    private readonly Encoder encoder = Utf8.GetEncoder();
    private byte[] bytes = new byte[64 * 1024];

    public Utf8PageBuffer() => Writer = new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where the page's HTML goes; emptied by <see cref="WriteTo"/>.</summary>
    public TextWriter Writer { get; }

    /// <summary>Writes what was collected to <paramref name="destination"/> in one call, then empties the buffer.</summary>
    public void WriteTo(Stream destination)
    {
        var needed = Utf8.GetMaxByteCount(text.Length);
        if (bytes.Length < needed)
        {
            bytes = new byte[Math.Max(needed, bytes.Length * 2)];
        }

        var length = 0;
        encoder.Reset();
        foreach (var chunk in text.GetChunks())
        {
            length += encoder.GetBytes(chunk.Span, bytes.AsSpan(length), flush: false);
        }

        length += encoder.GetBytes(ReadOnlySpan<char>.Empty, bytes.AsSpan(length), flush: true);
        destination.Write(bytes, 0, length);
        text.Clear();
    }
}
