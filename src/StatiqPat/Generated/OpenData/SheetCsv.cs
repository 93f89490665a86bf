using StatiqPat.Content;
using StatiqPat.Output;
using StatiqPat.Rendering;

namespace StatiqPat.Generated.OpenData;

/// <summary>One row per sheet, lists joined with " | ", values as slugs (labels are in vocabulaire.json).</summary>
public static class SheetCsv
{
    public static Csv Cases(SiteContent content, string baseUrl)
    {
        var csv = new Csv().Line(["identifiant", "adresse", "titre", "contexte", "innovation", "benefice", "statut", "type", "degre",
            "formalite", "fonctions", "espaces", "objets", "thematiques", "facteurs", "territoires", "acteurs", "outils",
            "periode_debut", "periode_fin", "sources", "ajoute_le", "mis_a_jour_le"]);
        foreach (var c in content.Cases)
        {
            csv.Line([c.Slug, baseUrl + Urls.Case(c.Slug), c.Title, c.Summary.Context, c.Summary.Innovation ?? "", c.Summary.Benefit ?? "",
                c.Status.Slug, c.CooperationType?.Slug ?? "", c.Degree?.Slug ?? "", c.Formality?.Slug ?? "", Join(c.Functions),
                Join(c.Spaces), Join(c.Objects), Join(c.Themes), Join(c.Factors), Join(c.Territories.Select(t => t.Slug)),
                Join(c.Actors.Select(a => $"{a.Name} ({a.Level.Slug})")), Join(c.Tools.Select(t => t.Slug)),
                Number(c.Period?.Start), Number(c.Period?.End), Join(c.Sources.Select(s => s.Reference)), Date(c.Added), Date(c.Updated)]);
        }

        return csv;
    }

    public static Csv Tools(SiteContent content, string baseUrl)
    {
        var csv = new Csv().Line(["identifiant", "adresse", "numero", "titre", "sous_titre", "format", "duree_minutes", "taille_groupe",
            "objectifs", "materiel", "etapes", "suite_titre", "suite_duree_minutes", "telechargement", "outils_lies", "sources", "ajoute_le"]);
        foreach (var t in content.Tools.OrderBy(t => t.Number))
        {
            csv.Line([t.Slug, baseUrl + Urls.Tool(t.Slug), Number(t.Number), t.Title, t.Subtitle ?? "", t.Format?.Slug ?? "", Number(t.Minutes),
                t.GroupSize ?? "", Join(t.Objectives), Join(t.Materials), Join(t.Steps.Select(s => s.Description)), t.FollowUp?.Title ?? "",
                Number(t.FollowUp?.Minutes), t.Download ?? "", Join(t.RelatedTools.Select(r => r.Slug)), Join(t.Sources.Select(s => s.Reference)),
                Date(t.Added)]);
        }

        return csv;
    }

    public static Csv Territories(SiteContent content, string baseUrl)
    {
        var functions = content.Vocabulary.Functions.Terms;
        var csv = new Csv().Line(["identifiant", "adresse", "nom", "niveau", "parents", "voisins", "departement", "region", "pat_reconnu",
            "pat_annee", .. functions.Select(f => $"engagement_{f.Slug}"), "roles", "sources", "ajoute_le"]);
        foreach (var t in content.Territories)
        {
            csv.Line([t.Slug, baseUrl + Urls.Territory(t.Slug), t.Name, t.Level.Slug, Join(t.Parents.Select(p => p.Slug)),
                Join(t.Neighbours.Select(n => n.Slug)), t.Departement?.Slug ?? "", t.Region?.Slug ?? "",
                t.Pat?.Recognised is { } recognised ? (recognised ? "oui" : "non") : "", Number(t.Pat?.Year),
                .. functions.Select(f => t.Engagement.FirstOrDefault(e => e.Function.Slug == f.Slug)?.Level.Slug ?? ""),
                Join(t.Roles), Join(t.Sources.Select(s => s.Reference)), Date(t.Added)]);
        }

        return csv;
    }

    private static string Join(IEnumerable<Term> terms) => Join(terms.Select(t => t.Slug));

    private static string Join(IEnumerable<string> values) => string.Join(OpenDataFiles.ListSeparator, values);

    private static string Number(int? value) => value is { } n ? OpenDataFiles.Count(n) : "";

    private static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
