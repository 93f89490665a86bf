using StatiqPat.Content;
using StatiqPat.Fields;

namespace StatiqPat.Definitions;

/// <summary>The keys of <c>input/ateliers.yml</c>: ready-made workshop sequences drawn from the sources.</summary>
public static class WorkshopFields
{
    private static readonly ObjectValueReader<SequenceStep> Step = new(() => new SequenceStep(),
    [
        Field<SequenceStep>.Of("outils", "Identifiant de l'outil de l'étape ; plusieurs outils sont menés en même temps, en tables tournantes.",
            Read.Refs(ContentKind.Tool), r => r.Tools, (r, v) => r with { Tools = v }, required: true),
        Field<SequenceStep>.Of("suite", "oui pour mener la suite de l'outil (l'activité de prolongement) plutôt que l'outil lui-même.",
            Read.YesNo, r => r.FollowUp ? true : null, (r, v) => r with { FollowUp = v }),
        Field<SequenceStep>.Of("note", "Ce que la source dit de cette étape dans la séquence.", Read.Prose, r => r.Note, (r, v) => r with { Note = v }),
    ]);

    public static readonly ObjectValueReader<WorkshopSequence> Sequence = new(() => new WorkshopSequence(),
    [
        Field<WorkshopSequence>.Of("slug", "Identifiant stable de la séquence, en minuscules sans accents : son adresse est /atelier/<slug>/.",
            new SlugValueReader(), r => r.Slug, (r, v) => r with { Slug = v }, required: true),
        Field<WorkshopSequence>.Of("titre", "Nom de la séquence.", Read.Text, r => r.Title, (r, v) => r with { Title = v }, required: true),
        Field<WorkshopSequence>.Of("description", "Ce qu'est cette séquence et d'où elle vient.", Read.Prose,
            r => r.Description, (r, v) => r with { Description = v }, required: true),
        Field<WorkshopSequence>.Of("etapes", "Les étapes, dans l'ordre.", Read.List(Step),
            r => r.Steps, (r, v) => r with { Steps = v }, required: true, label: "Étapes", singular: "étape"),
        SharedFields.Sources<WorkshopSequence>(r => r.Sources, (r, v) => r with { Sources = v }),
    ]);

    public static readonly ObjectValueReader<WorkshopSequences> File = new(() => new WorkshopSequences(),
    [
        Field<WorkshopSequences>.Of("sequences", "Les séquences d'atelier prêtes à l'emploi.", Read.Entries(Sequence, r => r.Slug), r => r.Sequences,
            (r, v) => r with { Sequences = v }, required: true, label: "Séquences", singular: "séquence"),
    ]);
}
