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
    private char[] chars = new char[32 * 1024];
    private byte[] bytes = new byte[64 * 1024];

    public Utf8PageBuffer() => Writer = new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where the page's HTML goes; emptied by <see cref="WriteTo"/>.</summary>
    public TextWriter Writer { get; }

    /// <summary>
    /// Writes what was collected to <paramref name="destination"/> in one call, its whitespace collapsed
    /// (<see cref="HtmlWhitespace"/>), then empties the buffer.
    /// </summary>
    public void WriteTo(Stream destination)
    {
        chars = Fit(chars, text.Length);
        text.CopyTo(0, chars, text.Length);
        var length = HtmlWhitespace.Collapse(chars.AsSpan(0, text.Length));
        bytes = Fit(bytes, Utf8.GetMaxByteCount(length));
        destination.Write(bytes, 0, Utf8.GetBytes(chars, 0, length, bytes, 0));
        text.Clear();
    }

    private static T[] Fit<T>(T[] array, int length) => array.Length >= length ? array : new T[Math.Max(length, array.Length * 2)];
}
