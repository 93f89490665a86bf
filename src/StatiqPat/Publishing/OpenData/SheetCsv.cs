using StatiqPat.Content;
using StatiqPat.Fields;
using StatiqPat.Writing;

namespace StatiqPat.Publishing.OpenData;

/// <summary>
/// One row per sheet and one column per front-matter key, in the front matter's order: a block of keys spreads
/// over one column per key (<c>periode_debut</c>), lists are joined with « | », values are slugs (their labels are
/// in vocabulaire.json). The columns come from the field definitions, so a new field is a new column.
/// </summary>
public static class SheetCsv
{
    public static Csv Of<T>(ObjectValueReader<T> fields, IEnumerable<T> sheets, Vocabulary vocabulary,
        Func<T, string> slug, Func<T, string> address)
    {
        var columns = fields.Columns(vocabulary);
        var csv = new Csv().Line(["identifiant", "adresse", .. columns.Select(c => c.Suffix)]);
        foreach (var sheet in sheets)
        {
            csv.Line([slug(sheet), address(sheet), .. columns.Select(c => c.Cell(sheet))]);
        }

        return csv;
    }
}
