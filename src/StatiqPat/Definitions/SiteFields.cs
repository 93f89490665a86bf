using StatiqPat.Content;
using StatiqPat.Fields;

namespace StatiqPat.Definitions;

/// <summary>The keys of <c>input/site.yml</c>.</summary>
public static class SiteFields
{
    public static readonly ObjectValueReader<SiteSettings> Settings = new(() => new SiteSettings(),
    [
        Field<SiteSettings>.Of("titre", "Nom du site.", Read.Text, r => r.Title, (r, v) => r with { Title = v }, required: true),
        Field<SiteSettings>.Of("description", "Une phrase qui présente le site.", Read.Text,
            r => r.Description, (r, v) => r with { Description = v }, required: true),
        Field<SiteSettings>.Of("url", "Adresse publique du site, en https, sans barre finale.", new PublicAddressValueReader(),
            r => r.BaseUrl, (r, v) => r with { BaseUrl = v.TrimEnd('/') }, required: true),
        Field<SiteSettings>.Of("licence", "Licence des contenus.", Read.Text, r => r.Licence, (r, v) => r with { Licence = v }, required: true),
        Field<SiteSettings>.Of("depot", "Le dépôt GitHub du site (organisation/nom), où le formulaire /admin/ propose les fiches.",
            new GitHubRepositoryValueReader(), r => r.Repository, (r, v) => r with { Repository = v }),
        Field<SiteSettings>.Of("branche", "La branche publiée du dépôt (main par défaut).", Read.Text, r => r.Branch, (r, v) => r with { Branch = v }),
    ]);
}
