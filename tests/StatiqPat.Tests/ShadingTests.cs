using StatiqPat.Pages;
using StatiqPat.Pages.Matrices;
using StatiqPat.Pages.Typology;
using StatiqPat.Tests.Support;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Matrices;
using StatiqPat.Theme.Models.Typology;
using static StatiqPat.Tests.Support.Sheets;

namespace StatiqPat.Tests;

/// <summary>Shaded matrix cells and the bars of typology indexes: the scale, the models and the pages that show them.</summary>
public sealed class ShadingTests
{
    private static readonly AssetLinks Assets = new("/a.css", "/b.css", "/i.svg");

    [Fact]
    public void Each_step_covers_a_quarter_of_the_largest_count_and_the_legend_says_which_counts()
    {
        Assert.Equal([1, 1, 2, 2, 2, 3, 3, 4, 4, 4], Enumerable.Range(1, 10).Select(c => MatrixShading.Step(c, 10)));
        Assert.Equal(["1 à 2 cas", "3 à 5 cas", "6 à 7 cas", "8 à 10 cas"], MatrixShading.Legend(10).Select(s => s.Label));
        Assert.Equal(0, MatrixShading.Step(0, 10));

        // With few cases some steps hold no count: the legend leaves them out, and no count falls in them.
        Assert.Equal([(2, "1 cas"), (4, "2 cas")], MatrixShading.Legend(2).Select(s => (s.Step, s.Label)));
        foreach (var largest in Enumerable.Range(1, 60))
        {
            var legend = MatrixShading.Legend(largest);
            foreach (var count in Enumerable.Range(1, largest))
            {
                var step = Assert.Single(legend, s => s.From <= count && count <= s.To);
                Assert.Equal(step.Step, MatrixShading.Step(count, largest));
            }
        }
    }

    [Fact]
    public void A_matrix_shades_its_counting_cells_by_their_count_leaves_empty_and_uncounted_cells_plain_and_has_a_legend()
    {
        var index = MatrixPages.RealCasesOnly(Index(
        [
            Case("a", Russian, Pooling), Case("b", Russian, Pooling), Case("c", Russian, Pooling), Case("d", Russian, Pooling),
            Case("e", Neighbours, Exchange), Case("f", Neighbours, CoPiloting), Case("g", Neighbours, CoPiloting),
        ]));

        var table = MatrixShading.Apply(TypeDegreeMatrix.Table(index.Content));

        var shades = table.Rows.SelectMany(r => r.Cells).Where(c => c.Count > 0).Select(c => (c.Count, c.Shade)).Order().ToList();
        Assert.Equal([(1, 1), (2, 2), (4, 4)], shades);
        Assert.All(table.Rows.SelectMany(r => r.Cells).Where(c => c.Count == 0), c => Assert.Equal(0, c.Shade));
        Assert.Equal(["1 cas", "2 cas", "3 cas", "4 cas"], table.Legend.Select(s => s.Label));

        var map = MatrixShading.Apply(new MatrixTable("Carte", "", [], [new MatrixRow(new Link("x"), [new MatrixCell([new CellEntry("Structure : fort")], "")])], "/x.csv"));
        Assert.Empty(map.Legend);
        Assert.Equal(0, map.Rows[0].Cells[0].Shade);
        Assert.Empty(MatrixShading.Apply(new MatrixTable("Vide", "", [], [], "/vide.csv")).Legend);
    }

    [Fact]
    public void A_typology_index_draws_a_bar_in_twentieths_of_its_largest_count()
    {
        Assert.Equal([0, 1, 1, 10, 20], new[] { 0, 1, 2, 20, 40 }.Select(c => CountBar.Length(c, 40)));
        var index = Index([Case("a", Russian), Case("b", Russian), Case("c", Russian), Case("d", Neighbours)]);

        var page = (DimensionIndexPageModel)SitePages.Generate(index, Assets, null).Single(p => p.Url == "/typologie/").Model;

        Assert.Equal([("Les poupées russes", 20), ("Les bons voisins", 7)], page.Values.Select(v => (v.Label, v.Bar)));
    }

    [Fact]
    public async Task The_built_pages_carry_the_shade_classes_the_legend_and_the_bars()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var matrix = Html.Page(result, "matrices/types-degres/index.html");
        var cells = matrix.QuerySelectorAll("table tbody td").ToList();
        var counts = cells.Select(td => td.QuerySelector("a")?.TextContent is { } text ? int.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) : 0).ToList();
        var largest = counts.Max();
        Assert.True(largest > 0);
        foreach (var (td, count) in cells.Zip(counts))
        {
            var expected = count == 0 ? null : $"shade shade-{MatrixShading.Step(count, largest)}";
            Assert.Equal(expected, td.GetAttribute("class"));
        }

        var legend = matrix.QuerySelectorAll("figure .shade-legend li").Select(li => (li.QuerySelector(".shade-swatch")!.ClassList.Last(), li.TextContent)).ToList();
        Assert.Equal(MatrixShading.Legend(largest).Select(s => ($"shade-{s.Step}", s.Label)), legend);

        var typology = Html.Page(result, "typologie/index.html");
        var rows = typology.QuerySelectorAll("table.term-index tbody tr").Select(tr => tr.QuerySelectorAll("td.number")[0]).ToList();
        var numbers = rows.Select(td => int.Parse(td.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var (td, number) in rows.Zip(numbers))
        {
            var bar = td.QuerySelector(".count-bar");
            Assert.Equal(number == 0 ? null : $"count-bar bar-{CountBar.Length(number, numbers.Max())}", bar?.GetAttribute("class"));
            Assert.True(bar is null || bar.GetAttribute("aria-hidden") == "true");
        }
    }
}
