using StatiqPat.Indexing;

namespace StatiqPat.Pages;

/// <summary>
/// Every facet the search index records, in the order the search page shows them. The index gets its names from here
/// and the page its names and legends, through <c>/recherche/regles.json</c>; a typology's legend is its singular name.
/// </summary>
public static class SearchFacetList
{
    public static readonly SearchFacet Kind = new("fiche", "Type de fiche");
    public static readonly SearchFacet Status = new("statut", "Statut");
    public static readonly SearchFacet Type = new("type", Dimensions.Types.Singular);
    public static readonly SearchFacet Degree = new("degre", Dimensions.Degrees.Singular);
    public static readonly SearchFacet Function = new("fonction", Dimensions.Functions.Singular);
    public static readonly SearchFacet Level = new("niveau", Dimensions.Levels.Singular);
    public static readonly SearchFacet Role = new("role", Dimensions.Roles.Singular);
    public static readonly SearchFacet Theme = new("thematique", Dimensions.Themes.Singular);
    public static readonly SearchFacet Region = new("region", Dimensions.Regions.Singular);
    public static readonly SearchFacet Departement = new("departement", Dimensions.Departements.Singular);
    public static readonly SearchFacet WorkshopFormat = new("format", "Format d'atelier");

    public static readonly IReadOnlyList<SearchFacet> All =
        [Kind, Status, Type, Degree, Function, Level, Role, Theme, Region, Departement, WorkshopFormat];
}
