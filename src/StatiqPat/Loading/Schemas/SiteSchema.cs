using StatiqPat.Content;
using StatiqPat.Loading.Fields;

namespace StatiqPat.Loading.Schemas;

/// <summary>The keys of <c>input/site.yml</c>.</summary>
public static class SiteSchema
{
    public static readonly ObjectValueReader<SiteSettings> Settings = new(() => new SiteSettings(),
    [
        Field<SiteSettings>.Of("titre", "Nom du site.", Read.Text, (r, v) => r with { Title = v }, required: true),
        Field<SiteSettings>.Of("description", "Une phrase qui présente le site.", Read.Text, (r, v) => r with { Description = v }, required: true),
        Field<SiteSettings>.Of("url", "Adresse publique du site, sans barre finale.", Read.Url, (r, v) => r with { BaseUrl = v.TrimEnd('/') }, required: true),
        Field<SiteSettings>.Of("licence", "Licence des contenus.", Read.Text, (r, v) => r with { Licence = v }, required: true),
        Field<SiteSettings>.Of("depot", "Le dépôt GitHub du site (organisation/nom), où le formulaire /admin/ propose les fiches.", Read.Text, (r, v) => r with { Repository = v }),
        Field<SiteSettings>.Of("branche", "La branche publiée du dépôt (main par défaut).", Read.Text, (r, v) => r with { Branch = v }),
    ]);
}
