using StatiqPat.Content;
using StatiqPat.Fields;

namespace StatiqPat.Definitions;

/// <summary>The keys of <c>input/sources.yml</c>: the registry of the documents the sheets cite.</summary>
public static class SourceFields
{
    private static readonly ObjectValueReader<SourceLink> Link = new(() => new SourceLink(),
    [
        Field<SourceLink>.Of("libelle", "Ce à quoi mène l'adresse.", Read.Text,
            r => r.Label, (r, v) => r with { Label = v }, required: true, label: "Libellé"),
        Field<SourceLink>.Of("url", "L'adresse, telle que le document l'imprime.", Read.Url,
            r => r.Url, (r, v) => r with { Url = v }, required: true, label: "Adresse"),
    ]);

    public static readonly ObjectValueReader<SourceDocument> Document = new(() => new SourceDocument(),
    [
        Field<SourceDocument>.Of("slug", "Identifiant stable, cité par les fiches dans « source: ».", new SlugValueReader(),
            r => r.Slug, (r, v) => r with { Slug = v }, required: true),
        Field<SourceDocument>.Of("reference", "La référence à citer, telle que les fiches l'affichent.", Read.Text,
            r => r.Citation, (r, v) => r with { Citation = v }, required: true, label: "Référence"),
        Field<SourceDocument>.Of("titre", "Le titre du document tel qu'il est publié, s'il en a un.", Read.Text, r => r.Title, (r, v) => r with { Title = v }),
        Field<SourceDocument>.Of("auteurs", "Les organisations et personnes qui l'ont produit, telles que le document les nomme.", Read.Texts,
            r => r.Producers, (r, v) => r with { Producers = v }, singular: "auteur"),
        Field<SourceDocument>.Of("date", "Sa date ou sa période, si le document la donne.", Read.Text, r => r.Date, (r, v) => r with { Date = v }),
        Field<SourceDocument>.Of("nature", "Le genre de document : présentation, poster, page web, programme…", Read.Text,
            r => r.Kind, (r, v) => r with { Kind = v }),
        Field<SourceDocument>.Of("couvre", "Ce que le document couvre, en une ou deux phrases.", Read.Prose,
            r => r.Covers, (r, v) => r with { Covers = v }, required: true),
        Field<SourceDocument>.Of("adresses", "Les adresses que le document imprime.", Read.List(Link),
            r => r.Links, (r, v) => r with { Links = v }, singular: "adresse"),
        Field<SourceDocument>.Of("fichier", "Le fichier du dossier seeds/ d'où le site l'a lu (jamais affiché sur les pages).", Read.Text,
            r => r.SeedFile, (r, v) => r with { SeedFile = v }),
    ]);

    public static readonly ObjectValueReader<SourceRegistry> File = new(() => new SourceRegistry(),
    [
        Field<SourceRegistry>.Of("sources", "Les documents sources du site.", Read.Entries(Document, r => r.Slug),
            r => r.Sources, (r, v) => r with { Sources = v }, required: true, singular: "source"),
    ]);
}
