using StatiqPat.Content;
using StatiqPat.Pages.Matrices;

namespace StatiqPat.Tests;

/// <summary>The reading of the collective map (tool n° 3), on small hand-made maps.</summary>
public sealed class CollectiveMapReaderTests
{
    private static readonly Term Commune = Row("commune", 4);
    private static readonly Term Epci = Row("epci-petr-pnr", 3);
    private static readonly Term Departement = Row("departement", 2);
    private static readonly Term Cultiver = new("cultiver", "Cultiver", "", null, 1, null);
    private static readonly Term Manger = new("manger", "Manger", "", null, 2, null);
    private static readonly Term Eduquer = new("eduquer", "Éduquer", "", null, 3, null);
    private static readonly Term Chercher = new("chercher", "Chercher", "", null, 4, null);
    private static readonly Term None = Level("aucun", 1);
    private static readonly Term Light = Level("leger", 2);
    private static readonly Term Strong = Level("fort", 4);

    [Fact]
    public void A_function_rated_by_structures_but_invested_by_none_is_neglected()
    {
        var reading = Read(Structure("A", Commune, (Cultiver, None)), Structure("B", Epci, (Cultiver, None)));

        Assert.Equal(FunctionPattern.Neglected, reading[Cultiver.Slug].Pattern);
        Assert.Empty(reading[Cultiver.Slug].InvestingRows);
    }

    [Fact]
    public void A_function_nobody_rated_is_not_provided_rather_than_neglected()
    {
        var reading = Read(Structure("A", Commune, (Cultiver, Strong)));

        Assert.Equal(FunctionPattern.NoData, reading[Chercher.Slug].Pattern);
    }

    [Fact]
    public void A_function_invested_by_a_single_level_follows_subsidiarity_even_with_several_structures_on_it()
    {
        var reading = Read(
            Structure("Commune A", Commune, (Manger, Strong)),
            Structure("Commune B", Commune, (Manger, Light)),
            Structure("Interco", Epci, (Manger, None)));

        Assert.Equal(FunctionPattern.Subsidiarity, reading[Manger.Slug].Pattern);
        Assert.Equal([Commune], reading[Manger.Slug].InvestingRows);
        Assert.False(reading[Manger.Slug].EveryLevel);
    }

    [Fact]
    public void A_function_invested_by_several_levels_follows_added_value_and_every_level_when_all_present_levels_invest()
    {
        var reading = Read(
            Structure("Commune", Commune, (Eduquer, Light), (Manger, Strong)),
            Structure("Interco", Epci, (Eduquer, Strong), (Manger, Light)),
            Structure("Département", Departement, (Eduquer, Light)));

        Assert.Equal(FunctionPattern.AddedValue, reading[Eduquer.Slug].Pattern);
        Assert.True(reading[Eduquer.Slug].EveryLevel);
        Assert.Equal(FunctionPattern.AddedValue, reading[Manger.Slug].Pattern);
        Assert.False(reading[Manger.Slug].EveryLevel);
    }

    [Fact]
    public void A_level_without_data_on_a_function_does_not_count_as_investing_it()
    {
        var reading = Read(Structure("Commune", Commune, (Cultiver, Strong)), Structure("Interco", Epci));

        Assert.Equal(FunctionPattern.Subsidiarity, reading[Cultiver.Slug].Pattern);
        Assert.False(reading[Cultiver.Slug].EveryLevel);
    }

    [Fact]
    public void The_reading_view_lists_neglected_and_shared_functions_by_label()
    {
        var grid = Grid(
            Structure("Commune", Commune, (Cultiver, None), (Eduquer, Strong)),
            Structure("Interco", Epci, (Cultiver, None), (Eduquer, Light)));

        var view = CollectiveMaps.Reading(CollectiveMapReader.Read(grid));

        Assert.Equal(["Cultiver"], view.Neglected);
        Assert.Equal(["Éduquer"], view.SharedByEveryLevel);
        Assert.Equal("valeur ajoutée", view.Functions.Single(f => f.Function == "Éduquer").Pattern);
        Assert.Equal("non renseigné", view.Functions.Single(f => f.Function == "Manger").Pattern);
    }

    private static Dictionary<string, FunctionReading> Read(params MapStructure[] structures) =>
        CollectiveMapReader.Read(Grid(structures)).ToDictionary(r => r.Function.Slug);

    private static CollectiveMapGrid Grid(params MapStructure[] structures) =>
        new([Departement, Epci, Commune], [Cultiver, Manger, Eduquer, Chercher], structures);

    private static MapStructure Structure(string name, Term row, params (Term Function, Term Level)[] engagement) =>
        new(name, null, row, engagement.ToDictionary(e => e.Function.Slug, e => e.Level));

    private static Term Row(string slug, int rank) => new(slug, slug, "", null, rank, null);

    private static Term Level(string slug, int rank) => new(slug, slug, "", null, rank, null);
}
