using StatiqPat.Content;
using StatiqPat.Fields;

namespace StatiqPat.Definitions;

/// <summary>The front matter of an editorial page.</summary>
public static class PageFields
{
    public static readonly ObjectValueReader<EditorialPage> Page = new(() => new EditorialPage(),
    [
        Field<EditorialPage>.Of("titre", "Titre de la page.", Read.Text, r => r.Title, (r, v) => r with { Title = v }, required: true),
        Field<EditorialPage>.Of("description", "Une phrase qui résume la page (moteurs de recherche, liens).", Read.Text,
            r => r.Description, (r, v) => r with { Description = v }, required: true),
        Field<EditorialPage>.Of("ordre", "Place de la page dans les menus (1 en premier).", Read.Integer(1, 99), r => r.Order, (r, v) => r with { Order = v }),
        SharedFields.Sources<EditorialPage>(r => r.Sources, (r, v) => r with { Sources = v }, required: false,
            help: "Les documents qui fondent les affirmations de la page."),
        SharedFields.Added<EditorialPage>(r => r.Added, (r, v) => r with { Added = v }),
        SharedFields.Updated<EditorialPage>(r => r.Updated, (r, v) => r with { Updated = v }),
        SharedFields.FormerUrls<EditorialPage>(r => r.FormerUrls, (r, v) => r with { FormerUrls = v }),
    ]);
}
