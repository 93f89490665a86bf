using StatiqPat.Content;
using StatiqPat.Loading.Fields;

namespace StatiqPat.Loading.Schemas;

/// <summary>The front matter of a toolbox tool sheet, key by key.</summary>
public static class ToolSchema
{
    private static readonly ObjectValueReader<FollowUp> FollowUp = new(() => new FollowUp(),
    [
        Field<FollowUp>.Of("titre", "Titre de la suite.", Read.Text, (r, v) => r with { Title = v }, required: true),
        Field<FollowUp>.Of("objectif", "Pourquoi mener cette suite.", Read.Text, (r, v) => r with { Purpose = v }, required: true),
        Field<FollowUp>.Of("format", "Format (liste « formats_atelier »).", Read.Term(v => v.WorkshopFormats), (r, v) => r with { Format = v }),
        Field<FollowUp>.Of("duree_minutes", "Durée totale en minutes.", Read.Integer(1, 1440), (r, v) => r with { Minutes = v }),
        Field<FollowUp>.Of("etapes", "Les étapes, dans l'ordre.", Read.List(SharedSchemas.Step), (r, v) => r with { Steps = v }),
    ]);

    public static readonly ObjectValueReader<ToolSheet> Sheet = new(() => new ToolSheet(),
    [
        Field<ToolSheet>.Of("numero", "Numéro de l'outil dans la boîte à expérimenter.", Read.Integer(1, 99), (r, v) => r with { Number = v }, required: true),
        Field<ToolSheet>.Of("titre", "Nom de l'outil.", Read.Text, (r, v) => r with { Title = v }, required: true),
        Field<ToolSheet>.Of("sous_titre", "Sa promesse en quelques mots.", Read.Text, (r, v) => r with { Subtitle = v }),
        Field<ToolSheet>.Of("objectifs", "Les objectifs de l'atelier.", Read.Texts, (r, v) => r with { Objectives = v }, required: true),
        Field<ToolSheet>.Of("format", "Format de l'atelier (liste « formats_atelier »).", Read.Term(v => v.WorkshopFormats), (r, v) => r with { Format = v }),
        Field<ToolSheet>.Of("duree_minutes", "Durée totale de l'atelier en minutes.", Read.Integer(1, 1440), (r, v) => r with { Minutes = v }),
        Field<ToolSheet>.Of("taille_groupe", "Taille de groupe conseillée, si la source la donne.", Read.Text, (r, v) => r with { GroupSize = v }),
        Field<ToolSheet>.Of("materiel", "Le matériel à préparer.", Read.Texts, (r, v) => r with { Materials = v }),
        Field<ToolSheet>.Of("etapes", "Le déroulé, étape par étape.", Read.List(SharedSchemas.Step), (r, v) => r with { Steps = v }),
        Field<ToolSheet>.Of("suite", "L'activité de suite que le territoire mène ensuite en autonomie.", FollowUp, (r, v) => r with { FollowUp = v }),
        Field<ToolSheet>.Of("telechargement", "Adresse de téléchargement des supports.", Read.Url, (r, v) => r with { Download = v }),
        Field<ToolSheet>.Of("outils_lies", "Identifiants des fiches outils liées.", Read.Refs(ContentKind.Tool), (r, v) => r with { RelatedTools = v }),
        SharedSchemas.Sources<ToolSheet>((r, v) => r with { Sources = v }),
        SharedSchemas.Added<ToolSheet>((r, v) => r with { Added = v }),
        SharedSchemas.Updated<ToolSheet>((r, v) => r with { Updated = v }),
        SharedSchemas.FormerUrls<ToolSheet>((r, v) => r with { FormerUrls = v }),
    ]);
}
