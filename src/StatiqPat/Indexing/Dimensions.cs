using System.Globalization;
using StatiqPat.Content;
using StatiqPat.Routing;

namespace StatiqPat.Indexing;

/// <summary>Every typology of the site. A new way of browsing is one more entry here.</summary>
public static class Dimensions
{
    public static readonly Dimension Types = new(TypologyKeys.Types, "Types de coopération", "Type de coopération",
        "Les quatre grandes formes de coopération entre PAT repérées par la recherche-action Coop InterPAT.",
        i => i.Vocabulary.CooperationTypes, (c, _) => One(c.CooperationType));

    public static readonly Dimension Degrees = new(TypologyKeys.Degrees, "Degrés de coopération", "Degré de coopération",
        "L'échelle de la coopération, de l'œuvre commune copilotée à l'absence de coopération.",
        i => i.Vocabulary.Degrees, (c, _) => One(c.Degree));

    public static readonly Dimension Formality = new(TypologyKeys.Formality, "Formalisation", "Formalisation",
        "Du simple échange entre personnes jusqu'aux dispositifs institués.",
        i => i.Vocabulary.Formality, (c, _) => One(c.Formality));

    public static readonly Dimension Functions = new(TypologyKeys.Functions, "Fonctions du PAT", "Fonction",
        "Les six fonctions clés des projets alimentaires territoriaux, pour les cas qui les concernent et les territoires qui s'y engagent.",
        i => i.Vocabulary.Functions, (c, _) => c.Functions.Select(t => t.Slug),
        t => t.Engagement.Where(e => e.Level.Rank > 1).Select(e => e.Function.Slug));

    public static readonly Dimension Levels = new(TypologyKeys.Levels, "Niveaux de gouvernance", "Niveau de gouvernance",
        "Les niveaux de collectivités et les autres acteurs engagés dans les cas.",
        i => i.Vocabulary.Levels, (c, _) => c.Actors.Select(a => a.Level.Slug), t => [t.Level.Slug]);

    public static readonly Dimension Roles = new(TypologyKeys.Roles, "Rôles dans la coopération", "Rôle",
        "Les sept rôles qu'un acteur peut tenir dans une coopération entre PAT.",
        i => i.Vocabulary.Roles, (c, _) => c.Actors.SelectMany(a => a.Roles).Select(r => r.Slug), t => t.Roles.Select(r => r.Slug));

    public static readonly Dimension Spaces = new(TypologyKeys.Spaces, "Espaces de coopération", "Espace de coopération",
        "Les lieux où la coopération entre PAT se vit.",
        i => i.Vocabulary.Spaces, (c, _) => c.Spaces.Select(t => t.Slug));

    public static readonly Dimension Objects = new(TypologyKeys.Objects, "Objets de coopération", "Objet de coopération",
        "Les supports de travail concrets qui réunissent les PAT.",
        i => i.Vocabulary.Objects, (c, _) => c.Objects.Select(t => t.Slug));

    public static readonly Dimension Themes = new(TypologyKeys.Themes, "Thématiques", "Thématique",
        "Les thèmes d'échange de pratiques entre chargés de mission.",
        i => i.Vocabulary.Themes, (c, _) => c.Themes.Select(t => t.Slug));

    public static readonly Dimension Factors = new(TypologyKeys.Factors, "Facteurs déterminants", "Facteur déterminant",
        "Ce qui favorise ou freine les coopérations entre PAT.",
        i => i.Vocabulary.Factors, (c, _) => c.Factors.Select(t => t.Slug));

    public static readonly Dimension Regions = new(TypologyKeys.Regions, "Régions", "Région",
        "Les cas et territoires par région, d'après les territoires concernés.",
        i => i.Vocabulary.Regions, (c, i) => Territories(c, i).Select(t => t.Region?.Slug).OfType<string>(), t => One(t.Region));

    public static readonly Dimension Departements = new(TypologyKeys.Departements, "Départements", "Département",
        "Les cas et territoires par département, d'après les territoires concernés.",
        i => i.Vocabulary.Departements, (c, i) => Territories(c, i).Select(t => t.Departement?.Slug).OfType<string>(), t => One(t.Departement));

    public static readonly Dimension Years = new(TypologyKeys.Years, "Années", "Année",
        "Les cas par année d'activité ; un cas sans date de fin figure à son année de début.",
        YearTerms, (c, _) => YearsOf(c).Select(y => y.ToString(CultureInfo.InvariantCulture)));

    public static readonly IReadOnlyList<Dimension> All =
        [Types, Degrees, Formality, Functions, Levels, Roles, Spaces, Objects, Themes, Factors, Regions, Departements, Years];

    private static IEnumerable<string> One(Term? term) => term is null ? [] : [term.Slug];

    private static IEnumerable<TerritoryProfile> Territories(CaseSheet sheet, SiteIndex index) =>
        sheet.Territories.Concat(sheet.Actors.Select(a => a.Territory).OfType<Reference>())
            .Select(r => index.Territory(r.Slug)).OfType<TerritoryProfile>();

    private static IEnumerable<int> YearsOf(CaseSheet sheet) =>
        sheet.Period?.Start is { } start ? Enumerable.Range(start, Math.Max(0, (sheet.Period.End ?? start) - start) + 1) : [];

    /// <summary>Every year from the earliest to the latest any case covers, so a year without case shows as 0.</summary>
    private static TermList YearTerms(SiteIndex index)
    {
        var years = index.Content.Cases.SelectMany(YearsOf).ToList();
        var terms = years.Count == 0
            ? []
            : Enumerable.Range(years.Min(), years.Max() - years.Min() + 1)
                .Select((y, i) => new Term(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture), "", null, i + 1, null))
                .ToList();
        return new TermList("annees", "Années") { Terms = terms };
    }
}
