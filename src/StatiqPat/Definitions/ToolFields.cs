using StatiqPat.Content;
using StatiqPat.Fields;

namespace StatiqPat.Definitions;

/// <summary>The front matter of a toolbox tool sheet, key by key.</summary>
public static class ToolFields
{
    private static readonly ObjectValueReader<FollowUp> FollowUp = new(() => new FollowUp(),
    [
        Field<FollowUp>.Of("titre", "Titre de la suite.", Read.Text, r => r.Title, (r, v) => r with { Title = v }, required: true),
        Field<FollowUp>.Of("objectif", "Pourquoi mener cette suite.", Read.Prose, r => r.Purpose, (r, v) => r with { Purpose = v }, required: true),
        Field<FollowUp>.Of("format", "Format (liste « formats_atelier »).", Read.Term(v => v.WorkshopFormats),
            r => r.Format, (r, v) => r with { Format = v }),
        SharedFields.Minutes<FollowUp>("Durée totale en minutes.", 1440, r => r.Minutes, (r, v) => r with { Minutes = v }),
        SharedFields.Steps<FollowUp>("Les étapes, dans l'ordre.", r => r.Steps, (r, v) => r with { Steps = v }),
    ]);

    public static readonly ObjectValueReader<ToolSheet> Sheet = new(() => new ToolSheet(),
    [
        Field<ToolSheet>.Of("numero", "Numéro de l'outil dans la boîte à expérimenter.", Read.Integer(1, 99),
            r => r.Number, (r, v) => r with { Number = v }, required: true, label: "Numéro"),
        Field<ToolSheet>.Of("titre", "Nom de l'outil.", Read.Text, r => r.Title, (r, v) => r with { Title = v }, required: true),
        Field<ToolSheet>.Of("sous_titre", "Sa promesse en quelques mots.", Read.Text, r => r.Subtitle, (r, v) => r with { Subtitle = v }, label: "Sous-titre"),
        Field<ToolSheet>.Of("objectifs", "Les objectifs de l'atelier.", Read.Proses,
            r => r.Objectives, (r, v) => r with { Objectives = v }, required: true, singular: "objectif"),
        Field<ToolSheet>.Of("format", "Format de l'atelier (liste « formats_atelier »).", Read.Term(v => v.WorkshopFormats),
            r => r.Format, (r, v) => r with { Format = v }),
        SharedFields.Minutes<ToolSheet>("Durée totale de l'atelier en minutes.", 1440, r => r.Minutes, (r, v) => r with { Minutes = v }),
        Field<ToolSheet>.Of("taille_groupe", "Taille de groupe conseillée, si la source la donne.", Read.Text,
            r => r.GroupSize, (r, v) => r with { GroupSize = v }, label: "Taille du groupe"),
        Field<ToolSheet>.Of("materiel", "Le matériel à préparer.", Read.Texts,
            r => r.Materials, (r, v) => r with { Materials = v }, label: "Matériel", singular: "élément de matériel"),
        SharedFields.Steps<ToolSheet>("Le déroulé, étape par étape.", r => r.Steps, (r, v) => r with { Steps = v }),
        Field<ToolSheet>.Of("suite", "L'activité de suite que le territoire mène ensuite en autonomie.", FollowUp,
            r => r.FollowUp, (r, v) => r with { FollowUp = v }),
        Field<ToolSheet>.Of("telechargement", "Adresse de téléchargement des supports.", Read.Url,
            r => r.Download, (r, v) => r with { Download = v }, label: "Téléchargement"),
        Field<ToolSheet>.Of("outils_lies", "Identifiants des fiches outils liées.", Read.Refs(ContentKind.Tool),
            r => r.RelatedTools, (r, v) => r with { RelatedTools = v }, label: "Outils liés"),
        SharedFields.Sources<ToolSheet>(r => r.Sources, (r, v) => r with { Sources = v }),
        SharedFields.Added<ToolSheet>(r => r.Added, (r, v) => r with { Added = v }),
        SharedFields.Updated<ToolSheet>(r => r.Updated, (r, v) => r with { Updated = v }),
        SharedFields.FormerUrls<ToolSheet>(r => r.FormerUrls, (r, v) => r with { FormerUrls = v }),
    ]);
}
