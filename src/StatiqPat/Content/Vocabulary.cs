namespace StatiqPat.Content;

/// <summary>
/// The reference vocabulary read from <c>input/vocabulaire.yml</c> and <c>input/geographie.yml</c>.
/// Typed properties rather than a dictionary: a page or rule that needs "the functions" names them.
/// </summary>
public sealed record Vocabulary
{
    public TermList CooperationTypes { get; init; } = TermList.Empty("types_cooperation", "Types de coopération");
    public TermList Degrees { get; init; } = TermList.Empty("degres", "Degrés de coopération");
    public TermList Formality { get; init; } = TermList.Empty("formalite", "Formalisation");
    public TermList Spaces { get; init; } = TermList.Empty("espaces", "Espaces de coopération");
    public TermList Objects { get; init; } = TermList.Empty("objets", "Objets de coopération");
    public TermList Functions { get; init; } = TermList.Empty("fonctions", "Fonctions clés");
    public TermList Engagement { get; init; } = TermList.Empty("engagement", "Niveaux d'engagement");
    public TermList Levels { get; init; } = TermList.Empty("niveaux", "Niveaux de gouvernance");

    /// <summary>Rows of the collective map; each governance level names its row as <see cref="Term.Parent"/>.</summary>
    public TermList MapRows { get; init; } = TermList.Empty("lignes_carto", "Lignes de la carte collective");
    public TermList Roles { get; init; } = TermList.Empty("roles", "Rôles dans la coopération");
    public TermList Factors { get; init; } = TermList.Empty("facteurs", "Facteurs déterminants");
    public TermList Themes { get; init; } = TermList.Empty("thematiques", "Thématiques");
    public TermList Statuses { get; init; } = TermList.Empty("statuts", "Statuts des cas");
    public TermList WorkshopFormats { get; init; } = TermList.Empty("formats_atelier", "Formats d'atelier");
    public TermList Regions { get; init; } = TermList.Empty("regions", "Régions");
    public TermList Departements { get; init; } = TermList.Empty("departements", "Départements");

    /// <summary>The source documents of <c>input/sources.yml</c>, as the list <c>source:</c> takes its values from.</summary>
    public TermList Sources { get; init; } = TermList.Empty("sources", "Registre des sources");
}
