using StatiqPat.Pages.Matrices;
using static StatiqPat.Tests.Support.Sheets;

namespace StatiqPat.Tests;

/// <summary>The collective map's second layer: the involvement the real cases show, apart from declared engagement.</summary>
public sealed class ObservedInvolvementTests
{
    // A declared engagement above "aucun" (rank 1), drawn in a colour.
    private static readonly Content.Term Strong = new("fort", "Fort", "", "#f28e2b", 4, null);

    // Two structures of an area, one commune inside an intercommunality; four cases, one of them imagined in a workshop.
    private static readonly Content.TerritoryProfile Interco = Territory("interco", Epci, engagement: (Cultiver, Strong));
    private static readonly Content.TerritoryProfile Town = Territory("ville", Commune, parents: ["interco"]);

    private static readonly Content.CaseSheet Both = Case("ensemble", actors: [(Epci, "interco"), (Commune, "ville")], functions: [Manger]);
    private static readonly Content.CaseSheet TownAlone = Case("ville-seule", actors: [(Commune, "ville")], functions: [Manger, Cultiver]);
    private static readonly Content.CaseSheet OnlyNamed = Case("citee", territories: ["ville"], functions: [Manger]);
    private static readonly Content.CaseSheet Imagined = Case("imagine", status: Fictitious, actors: [(Commune, "ville")], functions: [Manger]);

    [Fact]
    public void A_structure_is_observed_on_a_function_in_the_real_cases_where_it_is_an_actor_and_that_cover_the_function()
    {
        var grid = Grid();

        var town = grid.Structures.Single(s => s.Name == Town.Name);
        Assert.Equal(["Cas ensemble", "Cas ville-seule"], town.Observed[Manger.Slug].Select(c => c.Title));
        Assert.Equal(["Cas ville-seule"], town.Observed[Cultiver.Slug].Select(c => c.Title));
        Assert.Equal(["Cas ensemble"], grid.Structures.Single(s => s.Name == Interco.Name).Observed[Manger.Slug].Select(c => c.Title));
    }

    [Fact]
    public void Observed_entries_come_under_the_declared_engagement_worded_and_marked_apart_with_a_link_to_each_case()
    {
        var grid = Grid();
        var table = CollectiveMaps.Table(new MapArea("interco", "Interco", [Interco, Town]), grid, Vocabulary, "/x.csv");

        var townManger = table.Rows.Single(r => r.Header.Label == "Commune").Cells[1].Entries;
        Assert.Equal(["Territoire ville : non renseigné", "observé dans 2 cas :", "Cas ensemble", "Cas ville-seule"], townManger.Select(e => e.Text));
        Assert.Equal([false, true, true, true], townManger.Select(e => e.Observed));
        Assert.Equal([null, "/cas/ensemble/", "/cas/ville-seule/"], townManger.Skip(1).Select(e => e.Url));

        // Declared engagement keeps its colour class and is never marked observed.
        var intercoCultiver = table.Rows.Single(r => r.Header.Label == "EPCI, PETR, PNR").Cells[0].Entries;
        Assert.Equal("Territoire interco : Fort", intercoCultiver[0].Text);
        Assert.False(intercoCultiver[0].Observed);
        Assert.NotNull(intercoCultiver[0].TermClass);

        // The legend under the map explains both layers, drawn as in the cells.
        Assert.Equal([false, true], table.Key.TakeLast(2).Select(e => e.Observed));
        Assert.StartsWith("observé dans", table.Key[^1].Text);
        Assert.StartsWith("non renseigné", table.Key[^2].Text);
    }

    [Fact]
    public void The_reading_rests_on_declared_engagement_where_given_and_otherwise_on_the_cases_and_says_which()
    {
        var reading = CollectiveMapReader.Read(Grid()).ToDictionary(r => r.Function.Slug);

        // Cultiver: the intercommunality declared a strong engagement; the town's case does not count then.
        Assert.Equal(ReadingBasis.Declared, reading[Cultiver.Slug].Basis);
        Assert.Equal(FunctionPattern.Subsidiarity, reading[Cultiver.Slug].Pattern);
        Assert.Equal(["epci-petr-pnr"], reading[Cultiver.Slug].InvestingRows.Select(r => r.Slug));

        // Manger: nobody declared anything; both levels act on it in real cases.
        Assert.Equal(ReadingBasis.Observed, reading[Manger.Slug].Basis);
        Assert.Equal(FunctionPattern.AddedValue, reading[Manger.Slug].Pattern);
        Assert.True(reading[Manger.Slug].EveryLevel);

        var view = CollectiveMaps.Reading([.. reading.Values]);
        Assert.Contains("d'après les cas réels", view.Functions.Single(f => f.Function == Manger.Label).Explanation);
        Assert.Contains("d'après l'engagement déclaré", view.Functions.Single(f => f.Function == Cultiver.Label).Explanation);
    }

    [Fact]
    public void Without_declared_engagement_or_cases_a_function_stays_not_provided()
    {
        var index = MatrixPages.RealCasesOnly(Index([OnlyNamed, Imagined], [Interco, Town]));
        var grid = CollectiveMaps.Grid(new MapArea("interco", "Interco", [Town]), Vocabulary, index);

        var manger = CollectiveMapReader.Read(grid).Single(r => r.Function.Slug == Manger.Slug);

        Assert.Equal(FunctionPattern.NoData, manger.Pattern);
        Assert.Equal(ReadingBasis.None, manger.Basis);
    }

    private static CollectiveMapGrid Grid()
    {
        var index = MatrixPages.RealCasesOnly(Index([Both, TownAlone, OnlyNamed, Imagined], [Interco, Town]));
        return CollectiveMaps.Grid(new MapArea("interco", "Interco", [Interco, Town]), Vocabulary, index);
    }
}
