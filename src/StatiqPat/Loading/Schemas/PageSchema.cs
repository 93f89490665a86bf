using StatiqPat.Content;
using StatiqPat.Loading.Fields;

namespace StatiqPat.Loading.Schemas;

/// <summary>The front matter of an editorial page.</summary>
public static class PageSchema
{
    public static readonly ObjectValueReader<EditorialPage> Page = new(() => new EditorialPage(),
    [
        Field<EditorialPage>.Of("titre", "Titre de la page.", Read.Text, (r, v) => r with { Title = v }, required: true),
        Field<EditorialPage>.Of("description", "Une phrase qui résume la page (moteurs de recherche, liens).", Read.Text, (r, v) => r with { Description = v }, required: true),
        Field<EditorialPage>.Of("ordre", "Place de la page dans les menus (1 en premier).", Read.Integer(1, 99), (r, v) => r with { Order = v }),
        Field<EditorialPage>.Of("sources", "Les documents qui fondent les affirmations de la page.", Read.List(SharedSchemas.Source), (r, v) => r with { Sources = v }),
        SharedSchemas.Added<EditorialPage>((r, v) => r with { Added = v }),
        SharedSchemas.Updated<EditorialPage>((r, v) => r with { Updated = v }),
        SharedSchemas.FormerUrls<EditorialPage>((r, v) => r with { FormerUrls = v }),
    ]);
}
