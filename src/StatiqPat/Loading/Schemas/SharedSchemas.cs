using StatiqPat.Content;
using StatiqPat.Loading.Fields;

namespace StatiqPat.Loading.Schemas;

/// <summary>Front-matter parts that several content kinds share.</summary>
public static class SharedSchemas
{
    public static readonly ObjectValueReader<Source> Source = new(() => new Source(),
    [
        Field<Source>.Of("document", "Le document d'où vient l'information : nom du fichier source (ex. 004_bccfe7046e381e63.txt) ou adresse web.",
            Read.Text, (r, v) => r with { Reference = v }, required: true),
        Field<Source>.Of("apport", "Ce que ce document dit ou établit pour cette fiche.",
            Read.Text, (r, v) => r with { Note = v }),
    ]);

    public static readonly ObjectValueReader<Illustration> Illustration = new(() => new Illustration(),
    [
        Field<Illustration>.Of("fichier", "Chemin de l'image depuis le dossier input/, par exemple images/mon-cas.jpg.",
            new ImageFileValueReader(), (r, v) => r with { File = v }, required: true),
        Field<Illustration>.Of("alt", "Texte alternatif : ce que montre l'image, pour qui ne la voit pas.",
            Read.Text, (r, v) => r with { Alt = v }, required: true),
    ]);

    public static readonly ObjectValueReader<WorkshopStep> Step = new(() => new WorkshopStep(),
    [
        Field<WorkshopStep>.Of("description", "Ce que font l'animateur et les participants à cette étape.",
            Read.Text, (r, v) => r with { Description = v }, required: true),
        Field<WorkshopStep>.Of("duree_minutes", "Durée de l'étape en minutes.",
            Read.Integer(1, 600), (r, v) => r with { Minutes = v }),
    ], text => new WorkshopStep { Description = text });

    public static Field<T> Sources<T>(Func<T, IReadOnlyList<Source>, T> set) =>
        Field<T>.Of("sources", "Les documents qui fondent chaque affirmation de la fiche (au moins un).",
            Read.List(Source), set, required: true);

    public static Field<T> Added<T>(Func<T, DateOnly, T> set) =>
        Field<T>.Of("ajoute_le", "Date d'ajout de la fiche au site (AAAA-MM-JJ).", Read.Date, set, required: true);

    public static Field<T> FormerUrls<T>(Func<T, IReadOnlyList<FormerUrl>, T> set) =>
        Field<T>.Of("anciennes_adresses", "Les adresses que la fiche a eues avant d'être renommée (ex. /cas/ancien-nom/) : elles redirigeront ici.",
            new ListValueReader<FormerUrl>(new FormerUrlValueReader(), f => f.Path), set);

    public static Field<T> Updated<T>(Func<T, DateOnly, T> set) =>
        Field<T>.Of("mis_a_jour_le", "Date de la dernière mise à jour notable (AAAA-MM-JJ).", Read.Date, set);
}
