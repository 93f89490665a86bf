namespace StatiqPat.Routing;

/// <summary>
/// The first URL segment of each typology (<c>/fonctions/</c>, <c>/degres/</c>…). The typologies themselves are
/// defined with the pages; their addresses live here so the URL scheme knows every segment it hands out.
/// </summary>
public static class TypologyKeys
{
    public const string Types = "typologie";
    public const string Degrees = "degres";
    public const string Formality = "formalites";
    public const string Functions = "fonctions";
    public const string Levels = "niveaux";
    public const string Roles = "roles";
    public const string Spaces = "espaces";
    public const string Objects = "objets";
    public const string Themes = "thematiques";
    public const string Factors = "facteurs";
    public const string Regions = "regions";
    public const string Departements = "departements";
    public const string Years = "annees";

    public static readonly IReadOnlyList<string> All =
        [Types, Degrees, Formality, Functions, Levels, Roles, Spaces, Objects, Themes, Factors, Regions, Departements, Years];
}
