using StatiqPat.Pages;
using StatiqPat.Pages.Matrices;
using StatiqPat.Publishing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Matrices;
using StatiqPat.Theme.Models.Typology;
using static StatiqPat.Tests.Support.Sheets;

namespace StatiqPat.Tests;

/// <summary>Typology and matrix pages as pure functions of an in-memory index.</summary>
public sealed class TypologyAndMatrixTests
{
    private static readonly AssetLinks Assets = new("/a.css", "/b.css", "/i.svg");

    [Fact]
    public void A_typology_index_lists_every_value_with_its_count_including_values_no_case_carries()
    {
        var index = Index([Case("a", Russian), Case("b", Russian), Case("c")]);

        var page = Page<DimensionIndexPageModel>(index, "/typologie/");

        Assert.Equal([("Les poupées russes", 2), ("Les bons voisins", 0)], page.Values.Select(v => (v.Label, v.Cases)));
        Assert.Equal("/typologie/bons-voisins/", page.Values[1].Url);
        Assert.Empty(Page<DimensionValuePageModel>(index, "/typologie/bons-voisins/").Cases);
    }

    [Fact]
    public void A_value_page_lists_its_cases_strongest_degree_first_and_marks_fictitious_ones()
    {
        var index = Index([Case("faible", Russian, Exchange), Case("fort", Russian, CoPiloting), Case("imagine", Russian, status: Fictitious)]);

        var page = Page<DimensionValuePageModel>(index, "/typologie/poupees-russes/");

        Assert.Equal(["/cas/fort/", "/cas/faible/", "/cas/imagine/"], page.Cases.Select(c => c.Url));
        Assert.True(page.Cases[2].IsFictitious);
    }

    [Fact]
    public void Levels_count_cases_through_their_actors_and_territories_through_their_own_level()
    {
        var index = Index(
            [Case("a", actors: [(Commune, null), (Epci, null)]), Case("b", actors: [(Commune, null), (Commune, null)])],
            [Territory("t", Commune)]);

        var page = Page<DimensionIndexPageModel>(index, "/niveaux/");

        Assert.Equal([("Département", 0, 0), ("Intercommunalité", 1, 0), ("Commune", 2, 1)], page.Values.Select(v => (v.Label, v.Cases, v.Territories ?? -1)));
    }

    [Fact]
    public void Years_run_from_the_earliest_to_the_latest_with_empty_years_shown()
    {
        var index = Index([Case("a", period: (2019, 2020)), Case("b", period: (2022, null))]);

        var page = Page<DimensionIndexPageModel>(index, "/annees/");

        Assert.Equal([("2019", 1), ("2020", 1), ("2021", 0), ("2022", 1)], page.Values.Select(v => (v.Label, v.Cases)));
    }

    [Fact]
    public void The_type_by_degree_matrix_counts_real_cases_and_links_each_non_empty_cell()
    {
        var index = MatrixPages.RealCasesOnly(Index([Case("a", Russian, Pooling), Case("b", Russian, Pooling), Case("c", Neighbours), Case("d", Russian, Pooling, Fictitious)]));

        var table = TypeDegreeMatrix.Table(index.Content);

        Assert.Equal(["Copilotage", "Mutualisation", "Échange d'expériences", "Degré non renseigné"], table.Columns.Select(c => c.Label));
        var russian = table.Rows[0];
        Assert.Equal("2 cas", russian.Cells[1].Entries.Single().Text);
        Assert.Equal("/matrices/types-degres/poupees-russes--mutualisation/", russian.Cells[1].Entries.Single().Url);
        Assert.Empty(russian.Cells[0].Entries);
        Assert.Equal("1 cas", table.Rows[1].Cells[3].Entries.Single().Text);
        Assert.Equal("Type non renseigné", table.Rows[2].Header.Label);
    }

    [Fact]
    public void The_level_matrix_is_symmetric_counts_two_actors_of_one_level_and_shows_the_strongest_degree()
    {
        var index = Index(
        [
            Case("a", degree: Exchange, actors: [(Commune, null), (Epci, null)]),
            Case("b", degree: CoPiloting, actors: [(Commune, null), (Epci, null), (Commune, null)]),
        ]);

        var table = LevelPairMatrix.Table(index.Content);
        string[] Cell(int row, int column) => table.Rows[row].Cells[column].Entries.Select(e => e.Text).ToArray();

        Assert.Equal(["2 cas", "au plus : Copilotage"], Cell(1, 2));
        Assert.Equal(Cell(1, 2), Cell(2, 1));
        Assert.Equal(["1 cas", "au plus : Copilotage"], Cell(2, 2));
        Assert.Empty(Cell(0, 0));
    }

    [Fact]
    public void The_territory_matrix_gives_the_strongest_degree_of_the_cases_naming_both_territories()
    {
        var index = Index(
            [Case("a", degree: Exchange, territories: ["t1", "t2"]), Case("b", degree: Pooling, territories: ["t1", "t2"]), Case("c", territories: ["t2", "t3"])],
            [Territory("t1", Commune), Territory("t2", Epci), Territory("t3", Commune)]);
        var territories = index.Content.Territories;

        var table = TerritoryPairMatrix.Table("T", territories, index, "/t.csv");

        Assert.Equal("Mutualisation (2 cas)", table.Rows[0].Cells[1].Entries.Single().Text);
        Assert.Equal("degré non renseigné (1 cas)", table.Rows[1].Cells[2].Entries.Single().Text);
        Assert.Equal("aucun cas", table.Rows[0].Cells[2].EmptyText);
        Assert.Empty(table.Rows[0].Cells[2].Entries);
        Assert.Equal(["t2", "t1", "t3"], TerritoryPairMatrix.Cooperating(index).Select(t => t.Slug));
    }

    [Fact]
    public void A_large_territory_set_is_given_as_the_list_of_cooperating_pairs()
    {
        var territories = Enumerable.Range(1, TerritoryPairMatrix.GridLimit + 1).Select(i => Territory($"t{i:00}", Commune)).ToList();
        var index = Index([Case("a", degree: Pooling, territories: ["t01", "t02"])], territories);

        var table = TerritoryPairMatrix.Table("T", territories, index, "/t.csv");

        var row = Assert.Single(table.Rows);
        Assert.Equal("Territoire t01", row.Header.Label);
        Assert.Equal("Territoire t02", row.Cells[0].Entries.Single().Text);
    }

    [Fact]
    public void A_collective_map_places_each_structure_in_its_row_with_its_engagement_or_not_provided()
    {
        var strong = T("fort", "Fort", 4);
        var index = Index([], [Territory("c", Commune, ["e"], Vosges, (Manger, strong)), Territory("e", Epci, departement: Vosges)]);
        var area = Assert.Single(MapAreas.Of(index));

        var table = CollectiveMaps.Table(area, CollectiveMaps.Grid(area, index.Vocabulary), index.Vocabulary, "/c.csv");

        Assert.Equal("departement-vosges", area.Slug);
        Assert.Equal("aucune structure", table.Rows[0].Cells[0].EmptyText);
        Assert.Empty(table.Rows[0].Cells[0].Entries);
        Assert.Equal("Territoire e : non renseigné", table.Rows[1].Cells[1].Entries.Single().Text);
        Assert.Equal("Territoire c : Fort", table.Rows[2].Cells[1].Entries.Single().Text);
    }

    [Fact]
    public void The_csv_has_the_same_rows_and_cells_as_the_table_with_semicolons_and_quotes_where_needed()
    {
        var table = new MatrixTable("C", "Type \\ degré", [new Link("A; B"), new Link("C")],
            [new MatrixRow(new Link("Ligne"), [new MatrixCell([new CellEntry("2 cas"), new CellEntry("au plus : \"X\"")], "0"), new MatrixCell([], "0")])], "/c.csv");

        var csv = MatrixCsv.Write(table);

        Assert.Equal("Type \\ degré;\"A; B\";C\r\nLigne;\"2 cas ; au plus : \"\"X\"\"\";0\r\n", csv);
    }

    private static TModel Page<TModel>(Indexing.SiteIndex index, string url) =>
        (TModel)(object)SitePages.Generate(index, Assets, null).Single(p => p.Url == url).Model;
}
