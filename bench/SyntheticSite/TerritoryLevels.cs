namespace SyntheticSite;

/// <summary>The « niveaux » slugs used to nest synthetic territories, from the widest to the narrowest.</summary>
public static class TerritoryLevels
{
    public const string Region = "region";
    public const string Departement = "departement";
    public const string Syndicate = "syndicat";
    public const string Intercommunality = "intercommunalite";
    public const string Municipality = "commune";

    public static readonly IReadOnlyList<string> All = [Region, Departement, Syndicate, Intercommunality, Municipality];
}
