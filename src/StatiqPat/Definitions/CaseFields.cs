using StatiqPat.Content;
using StatiqPat.Fields;

namespace StatiqPat.Definitions;

/// <summary>The front matter of a case sheet, key by key.</summary>
public static class CaseFields
{
    private static readonly ObjectValueReader<CaseSummary> Summary = new(() => new CaseSummary(),
    [
        Field<CaseSummary>.Of("contexte", "Le contexte, en une ou deux phrases.", Read.Prose, r => r.Context, (r, v) => r with { Context = v }, required: true),
        Field<CaseSummary>.Of("innovation", "Ce que la coopération entre niveaux apporte de nouveau.", Read.Prose,
            r => r.Innovation, (r, v) => r with { Innovation = v }),
        Field<CaseSummary>.Of("benefice", "Le bénéfice observé pour les territoires.", Read.Prose,
            r => r.Benefit, (r, v) => r with { Benefit = v }, label: "Bénéfice"),
    ]);

    private static readonly ObjectValueReader<Actor> Actor = new(() => new Actor(),
    [
        Field<Actor>.Of("nom", "Nom de la structure.", Read.Text, r => r.Name, (r, v) => r with { Name = v }, required: true),
        Field<Actor>.Of("territoire", "Identifiant de sa fiche territoire, s'il en a une.", Read.Ref(ContentKind.Territory),
            r => r.Territory, (r, v) => r with { Territory = v }, label: "Fiche territoire"),
        Field<Actor>.Of("niveau", "Son niveau de gouvernance (liste « niveaux »).", Read.Term(v => v.Levels),
            r => r.Level, (r, v) => r with { Level = v }, required: true),
        Field<Actor>.Of("roles", "Ses rôles dans la coopération (liste « roles »).", Read.Terms(v => v.Roles),
            r => r.Roles, (r, v) => r with { Roles = v }, label: "Rôles"),
    ], summary: a => $"{a.Name} ({a.Level.Slug})");

    private static readonly ObjectValueReader<Period> Period = new(() => new Period(),
    [
        Field<Period>.Of("debut", "Année de début.", Read.Integer(1900, 2100), r => r.Start, (r, v) => r with { Start = v }, label: "Début"),
        Field<Period>.Of("fin", "Année de fin, si la coopération est terminée.", Read.Integer(1900, 2100), r => r.End, (r, v) => r with { End = v }),
    ]);

    private static readonly ObjectValueReader<Testimony> Testimony = new(() => new Testimony(),
    [
        Field<Testimony>.Of("citation", "La citation exacte, telle que la source la rapporte.", Read.Prose,
            r => r.Quote, (r, v) => r with { Quote = v }, required: true),
        Field<Testimony>.Of("qui", "La fonction de la personne citée (et son nom seulement si la source le donne).", Read.Text,
            r => r.Speaker, (r, v) => r with { Speaker = v }, required: true, label: "Qui parle"),
        Field<Testimony>.Of("lieu", "La collectivité ou le territoire de la personne citée.", Read.Text, r => r.Place, (r, v) => r with { Place = v }),
    ]);

    public static readonly ObjectValueReader<CaseSheet> Sheet = new(() => new CaseSheet(),
    [
        Field<CaseSheet>.Of("titre", "Titre court du cas.", Read.Text, r => r.Title, (r, v) => r with { Title = v }, required: true),
        Field<CaseSheet>.Of("resume", "Le résumé en trois lignes : contexte, innovation inter-niveaux, bénéfice.", Summary,
            r => r.Summary, (r, v) => r with { Summary = v }, required: true, label: "Résumé"),
        Field<CaseSheet>.Of("statut", "reel pour un cas observé, fictif pour un projet imaginé en atelier (liste « statuts »).", Read.Term(v => v.Statuses),
            r => r.Status, (r, v) => r with { Status = v }, required: true),
        Field<CaseSheet>.Of("territoires", "Identifiants des fiches territoires concernées.", Read.Refs(ContentKind.Territory),
            r => r.Territories, (r, v) => r with { Territories = v }),
        Field<CaseSheet>.Of("acteurs", "Les structures engagées, avec leur niveau et leurs rôles.", Read.List(Actor),
            r => r.Actors, (r, v) => r with { Actors = v }, singular: "acteur"),
        Field<CaseSheet>.Of("type", "Type de coopération (liste « types_cooperation »).", Read.Term(v => v.CooperationTypes),
            r => r.CooperationType, (r, v) => r with { CooperationType = v }),
        Field<CaseSheet>.Of("degre", "Degré sur l'échelle de la coopération (liste « degres »).", Read.Term(v => v.Degrees),
            r => r.Degree, (r, v) => r with { Degree = v }, label: "Degré"),
        Field<CaseSheet>.Of("formalite", "Degré de formalisation (liste « formalite »).", Read.Term(v => v.Formality),
            r => r.Formality, (r, v) => r with { Formality = v }, label: "Formalité"),
        Field<CaseSheet>.Of("fonctions", "Fonctions du PAT concernées (liste « fonctions »).", Read.Terms(v => v.Functions),
            r => r.Functions, (r, v) => r with { Functions = v }),
        Field<CaseSheet>.Of("espaces", "Espaces de coopération (liste « espaces »).", Read.Terms(v => v.Spaces),
            r => r.Spaces, (r, v) => r with { Spaces = v }),
        Field<CaseSheet>.Of("objets", "Objets de coopération (liste « objets »).", Read.Terms(v => v.Objects),
            r => r.Objects, (r, v) => r with { Objects = v }),
        Field<CaseSheet>.Of("thematiques", "Thèmes d'échange de pratiques (liste « thematiques »).", Read.Terms(v => v.Themes),
            r => r.Themes, (r, v) => r with { Themes = v }, label: "Thématiques"),
        Field<CaseSheet>.Of("facteurs", "Facteurs déterminants mis en avant (liste « facteurs »).", Read.Terms(v => v.Factors),
            r => r.Factors, (r, v) => r with { Factors = v }),
        Field<CaseSheet>.Of("periode", "Années de début et de fin.", Period, r => r.Period, (r, v) => r with { Period = v }, label: "Période"),
        Field<CaseSheet>.Of("outils", "Identifiants des fiches outils utilisées.", Read.Refs(ContentKind.Tool), r => r.Tools, (r, v) => r with { Tools = v }),
        Field<CaseSheet>.Of("temoignages", "Citations de personnes impliquées.", Read.List(Testimony),
            r => r.Testimonies, (r, v) => r with { Testimonies = v }, label: "Témoignages", singular: "témoignage"),
        SharedFields.Sources<CaseSheet>(r => r.Sources, (r, v) => r with { Sources = v }),
        Field<CaseSheet>.Of("image", "Image facultative, avec son texte alternatif obligatoire.", SharedFields.Illustration,
            r => r.Image, (r, v) => r with { Image = v }),
        SharedFields.Added<CaseSheet>(r => r.Added, (r, v) => r with { Added = v }),
        SharedFields.Updated<CaseSheet>(r => r.Updated, (r, v) => r with { Updated = v }),
        SharedFields.FormerUrls<CaseSheet>(r => r.FormerUrls, (r, v) => r with { FormerUrls = v }),
    ]);
}
