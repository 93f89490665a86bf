using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Matrices;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>The CSV beside each matrix, written from the same table model as the HTML so the two never disagree.</summary>
public static class MatrixCsv
{
    /// <summary>The CSV files of a page's tables: none unless it is a matrix page.</summary>
    public static IReadOnlyList<OutputFile> Files(PageModel model) =>
        model is not MatrixPageModel matrix
            ? []
            : matrix.Tables.Select(t => new OutputFile(t.CsvUrl.TrimStart('/'), Table(t).ToBytes())).ToList();

    public static string Write(MatrixTable table) => Table(table).ToString();

    private static Csv Table(MatrixTable table)
    {
        var csv = new Csv().Line(table.Columns.Select(c => c.Label).Prepend(table.CornerLabel));
        foreach (var row in table.Rows)
        {
            csv.Line(row.Cells.Select(Text).Prepend(row.Header.Label));
        }

        return csv;
    }

    private static string Text(MatrixCell cell) =>
        cell.Entries.Count == 0 ? cell.EmptyText : string.Join(" ; ", cell.Entries.Select(e => e.Text));
}
