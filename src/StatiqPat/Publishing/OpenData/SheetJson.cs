using System.Runtime.CompilerServices;
using System.Text.Json;

namespace StatiqPat.Publishing.OpenData;

/// <summary>
/// One sheet's object in a JSON export, as the export's writer would place it: second level, indented, preceded by
/// its line break. Kept beside the sheet record for as long as the record lives.
/// </summary>
public static class SheetJson
{
    private static readonly ConditionalWeakTable<object, SheetJsonPiece> Kept = [];

    /// <param name="keep">Keep the piece with the record for a later build of the same process (<c>servir</c>); a one-off build keeps nothing.</param>
    public static byte[] Of(object sheet, string baseUrl, JsonWriterOptions options, Action<Utf8JsonWriter> write, bool keep)
    {
        if (Kept.TryGetValue(sheet, out var made) && made.BaseUrl == baseUrl)
        {
            return made.Bytes;
        }

        var bytes = Write(options, write);
        if (keep)
        {
            Kept.AddOrUpdate(sheet, new SheetJsonPiece(baseUrl, bytes));
        }

        return bytes;
    }

    /// <summary>Writes the object as the first item of an array in an object, and keeps only the item's bytes.</summary>
    private static byte[] Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer, options);
        json.WriteStartObject();
        json.WriteStartArray("x");
        json.Flush();
        var start = (int)buffer.Length;
        write(json);
        json.Flush();
        return buffer.GetBuffer().AsSpan(start, (int)buffer.Length - start).ToArray();
    }
}
