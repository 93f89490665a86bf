using System.Text;

namespace StatiqPat.Writing;

/// <summary>
/// CSV as French spreadsheets open it: semicolons, CRLF, UTF-8 with a byte-order mark, quotes only where needed.
/// Shared by the matrices and the open data, so every CSV of the site reads the same way.
/// </summary>
public sealed class Csv
{
    private readonly StringBuilder text = new();

    public Csv Line(IEnumerable<string> fields)
    {
        text.Append(string.Join(';', fields.Select(Quote))).Append("\r\n");
        return this;
    }

    public override string ToString() => text.ToString();

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];

    private static string Quote(string field) =>
        field.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
