using System.Text.Json.Nodes;
using StatiqPat.Content;
using StatiqPat.Loading.Fields;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Schemas;

/// <summary>The reference data files: <c>vocabulaire.yml</c> (the cooperation vocabulary) and <c>geographie.yml</c>.</summary>
public static class VocabularySchema
{
    private static readonly ObjectValueReader<Term> Term = new(() => Content.Term.Empty,
    [
        Field<Term>.Of("slug", "Identifiant stable, en minuscules sans accents, utilisé dans les fiches et les adresses.", new SlugValueReader(), (r, v) => r with { Slug = v }, required: true),
        Field<Term>.Of("libelle", "Libellé affiché.", Read.Text, (r, v) => r with { Label = v }, required: true),
        Field<Term>.Of("description", "Description courte.", Read.Text, (r, v) => r with { Description = v }),
        Field<Term>.Of("couleur", "Couleur de dessin, en hexadécimal (#rrggbb).", new ColourValueReader(), (r, v) => r with { Colour = v }),
        Field<Term>.Of("parent", "Identifiant de la valeur englobante (la région d'un département).", new SlugValueReader(), (r, v) => r with { Parent = v }),
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
        return Field<Vocabulary>.Of(template.Key, template.Label, new TermListValueReader(template, Term), set, required: true);
    }

    /// <summary>Reads the list and numbers its values in file order: the order is meaningful (degrees go strongest first).</summary>
    private sealed class TermListValueReader(TermList template, IValueReader<Term> term) : IValueReader<TermList>
    {
        private readonly ListValueReader<Term> list = new(term, t => t.Slug);

        public string Expected => list.Expected;

        public bool TryRead(YamlNode node, ReadContext context, out TermList value)
        {
            value = template;
            if (!list.TryRead(node, context, out var terms))
            {
                return false;
            }

            value = template with { Terms = terms.Select((t, i) => t with { Rank = i + 1 }).ToList() };
            return true;
        }

        public JsonObject Describe(SchemaContext context) => list.Describe(context);
    }
}
