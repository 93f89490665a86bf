using System.Reflection;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using StatiqPat.Diagnostics;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>README's figures that the code can vouch for: a new error code cannot be left out of its table.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void The_error_table_names_every_error_code_once()
    {
        var readme = Markdown.Parse(File.ReadAllText(Path.Combine(Repository.Root, "README.md")), new MarkdownPipelineBuilder().UsePipeTables().Build());
        var table = readme.Descendants<Table>().Single(t => FirstCell(t) == "code");
        var named = table.Skip(1).Cast<TableRow>()
            .SelectMany(row => Code().Matches(CellText(row, 0)).Select(m => m.Value))
            .ToList();

        // Reflection in a test: the only way to notice a code added without anyone updating the table.
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);
        Assert.Equal(codes, named.Order(StringComparer.Ordinal));
    }

    private static string FirstCell(Table table) => CellText((TableRow)table[0], 0);

    private static string CellText(TableRow row, int index) =>
        string.Concat(((TableCell)row[index]).Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString())).Trim();

    [GeneratedRegex(@"PAT\d{3}")]
    private static partial Regex Code();
}
