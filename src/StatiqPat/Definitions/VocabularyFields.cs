using StatiqPat.Content;
using StatiqPat.Fields;

namespace StatiqPat.Definitions;

/// <summary>The reference data files: <c>vocabulaire.yml</c> (the cooperation vocabulary) and <c>geographie.yml</c>.</summary>
public static class VocabularyFields
{
    private static readonly ObjectValueReader<Term> Term = new(() => Content.Term.Empty,
    [
        Field<Term>.Of("slug", "Identifiant stable, en minuscules sans accents, utilisé dans les fiches et les adresses.", new SlugValueReader(),
            r => r.Slug, (r, v) => r with { Slug = v }, required: true),
        Field<Term>.Of("libelle", "Libellé affiché.", Read.Text, r => r.Label, (r, v) => r with { Label = v }, required: true),
        Field<Term>.Of("description", "Description courte.", Read.Text, r => r.Description, (r, v) => r with { Description = v }),
        Field<Term>.Of("couleur", "Couleur de dessin, en hexadécimal (#rrggbb).", new ColourValueReader(), r => r.Colour, (r, v) => r with { Colour = v }),
        Field<Term>.Of("parent", "Identifiant de la valeur englobante (la région d'un département).", new SlugValueReader(),
            r => r.Parent, (r, v) => r with { Parent = v }),
    ]);

    public static readonly ObjectValueReader<Vocabulary> Cooperation = new(() => new Vocabulary(),
    [
        List(v => v.CooperationTypes, (r, l) => r with { CooperationTypes = l }),
        List(v => v.Degrees, (r, l) => r with { Degrees = l }),
        List(v => v.Formality, (r, l) => r with { Formality = l }),
        List(v => v.Spaces, (r, l) => r with { Spaces = l }),
        List(v => v.Objects, (r, l) => r with { Objects = l }),
        List(v => v.Functions, (r, l) => r with { Functions = l }),
        List(v => v.Engagement, (r, l) => r with { Engagement = l }),
        List(v => v.MapRows, (r, l) => r with { MapRows = l }),
        List(v => v.Levels, (r, l) => r with { Levels = l }),
        List(v => v.Roles, (r, l) => r with { Roles = l }),
        List(v => v.Factors, (r, l) => r with { Factors = l }),
        List(v => v.Themes, (r, l) => r with { Themes = l }),
        List(v => v.Statuses, (r, l) => r with { Statuses = l }),
        List(v => v.WorkshopFormats, (r, l) => r with { WorkshopFormats = l }),
    ]);

    public static readonly ObjectValueReader<Vocabulary> Geography = new(() => new Vocabulary(),
    [
        List(v => v.Regions, (r, l) => r with { Regions = l }),
        List(v => v.Departements, (r, l) => r with { Departements = l }),
    ]);

    private static Field<Vocabulary> List(Func<Vocabulary, TermList> get, Func<Vocabulary, TermList, Vocabulary> set)
    {
        var template = get(new Vocabulary());
        return Field<Vocabulary>.Of(template.Key, template.Label, new TermListValueReader(template, Term), v => get(v), set, required: true);
    }
}
