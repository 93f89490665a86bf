using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Fields;

namespace StatiqPat.Definitions;

/// <summary>Front-matter parts that several content kinds share.</summary>
public static class SharedFields
{
    public static readonly ObjectValueReader<Source> Source = new(() => new Source(),
    [
        Field<Source>.Of("source", "Identifiant du document dans le registre des sources (input/sources.yml).",
            new TermValueReader(v => v.Sources, ErrorCodes.UnknownSource, "le registre des sources (input/sources.yml)"),
            r => r.Registered, (r, v) => r with { Registered = v }),
        Field<Source>.Of("document", "Une autre référence, hors du registre : l'adresse d'une page web publique ou une publication.",
            Read.Text, r => r.Reference, (r, v) => r with { Reference = v }),
        Field<Source>.Of("apport", "Ce que ce document dit ou établit pour cette fiche.",
            Read.Prose, r => r.Note, (r, v) => r with { Note = v }),
    ], oneOf: ["source", "document"]);

    public static readonly ObjectValueReader<Illustration> Illustration = new(() => new Illustration(),
    [
        Field<Illustration>.Of("fichier", "Chemin de l'image depuis le dossier input/, par exemple images/mon-cas.jpg.",
            new ImageFileValueReader(), r => r.File, (r, v) => r with { File = v }, required: true),
        Field<Illustration>.Of("alt", "Texte alternatif : ce que montre l'image, pour qui ne la voit pas.",
            Read.Text, r => r.Alt, (r, v) => r with { Alt = v }, required: true, label: "Texte alternatif"),
    ]);

    public static readonly ObjectValueReader<WorkshopStep> Step = new(() => new WorkshopStep(),
    [
        Field<WorkshopStep>.Of("description", "Ce que font l'animateur et les participants à cette étape.",
            Read.Prose, r => r.Description, (r, v) => r with { Description = v }, required: true),
        Minutes<WorkshopStep>("Durée de l'étape en minutes.", 600, r => r.Minutes, (r, v) => r with { Minutes = v }),
    ], text => new WorkshopStep { Description = text });

    public static Field<T> Steps<T>(string help, Func<T, object?> get, Func<T, IReadOnlyList<WorkshopStep>, T> set) =>
        Field<T>.Of("etapes", help, Read.List(Step), get, set, label: "Étapes", singular: "étape");

    public static Field<T> Minutes<T>(string help, int maximum, Func<T, object?> get, Func<T, int, T> set) =>
        Field<T>.Of("duree_minutes", help, Read.Integer(1, maximum), get, set, label: "Durée (minutes)");

    public static Field<T> Sources<T>(Func<T, object?> get, Func<T, IReadOnlyList<Source>, T> set, bool required = true,
        string help = "Les documents qui fondent chaque affirmation de la fiche (au moins un).") =>
        Field<T>.Of("sources", help, Read.List(Source), get, set, required, singular: "source");

    public static Field<T> Added<T>(Func<T, object?> get, Func<T, DateOnly, T> set) =>
        Field<T>.Of("ajoute_le", "Date d'ajout de la fiche au site (AAAA-MM-JJ).", Read.Date, get, set, required: true, label: "Ajouté le");

    public static Field<T> Updated<T>(Func<T, object?> get, Func<T, DateOnly, T> set) =>
        Field<T>.Of("mis_a_jour_le", "Date de la dernière mise à jour notable (AAAA-MM-JJ).", Read.Date, get, set, label: "Mis à jour le");

    public static Field<T> FormerUrls<T>(Func<T, object?> get, Func<T, IReadOnlyList<FormerUrl>, T> set) =>
        Field<T>.Of("anciennes_adresses", "Les adresses que la fiche a eues avant d'être renommée (ex. /cas/ancien-nom/) : elles redirigeront ici.",
            new ListValueReader<FormerUrl>(new FormerUrlValueReader(), f => f.Path), get, set, singular: "ancienne adresse");
}
