using System.Text;
using StatiqPat.Output;
using StatiqPat.Theme.Models;

namespace StatiqPat.Generated.Matrices;

/// <summary>
/// The CSV beside each matrix, written from the same table model as the HTML so the two never disagree.
/// Semicolons and a byte-order mark, because the people who open these files use a French spreadsheet.
/// </summary>
public static class MatrixCsv
{
    public static IReadOnlyList<OutputFile> Files(IEnumerable<SitePage> pages) =>
        pages.Select(p => p.Model).OfType<MatrixPageModel>()
            .SelectMany(m => m.Tables)
            .Select(t => new OutputFile(t.CsvUrl.TrimStart('/'), Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Write(t))).ToArray()))
            .ToList();

    public static string Write(MatrixTable table)
    {
        var csv = new StringBuilder();
        Line(csv, table.Columns.Select(c => c.Label).Prepend(table.CornerLabel));
        foreach (var row in table.Rows)
        {
            Line(csv, row.Cells.Select(Text).Prepend(row.Header.Label));
        }

        return csv.ToString();
    }

    private static string Text(MatrixCell cell) =>
        cell.Entries.Count == 0 ? cell.EmptyText : string.Join(" ; ", cell.Entries.Select(e => e.Text));

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.Append(string.Join(';', fields.Select(Quote)));
        csv.Append("\r\n");
    }

    private static string Quote(string field) =>
        field.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
