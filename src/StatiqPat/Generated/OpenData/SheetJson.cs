using System.Text.Json;
using StatiqPat.Content;
using static StatiqPat.Generated.OpenData.JsonFields;

namespace StatiqPat.Generated.OpenData;

/// <summary>
/// Each sheet's front matter as JSON, under the same French keys, so every exported "fiche" validates against
/// the published JSON Schema and reads back through the same readers (the round-trip test does exactly that).
/// </summary>
public static class SheetJson
{
    public static void Case(Utf8JsonWriter json, CaseSheet c)
    {
        Text(json, "titre", c.Title);
        Object(json, "resume", w =>
        {
            Text(w, "contexte", c.Summary.Context);
            Text(w, "innovation", c.Summary.Innovation);
            Text(w, "benefice", c.Summary.Benefit);
        });
        Term(json, "statut", c.Status);
        Refs(json, "territoires", c.Territories);
        Objects(json, "acteurs", c.Actors, (w, a) =>
        {
            Text(w, "nom", a.Name);
            Text(w, "territoire", a.Territory?.Slug);
            Term(w, "niveau", a.Level);
            Terms(w, "roles", a.Roles);
        });
        Term(json, "type", c.CooperationType);
        Term(json, "degre", c.Degree);
        Term(json, "formalite", c.Formality);
        Terms(json, "fonctions", c.Functions);
        Terms(json, "espaces", c.Spaces);
        Terms(json, "objets", c.Objects);
        Terms(json, "thematiques", c.Themes);
        Terms(json, "facteurs", c.Factors);
        if (c.Period is { } period)
        {
            Object(json, "periode", w =>
            {
                Number(w, "debut", period.Start);
                Number(w, "fin", period.End);
            });
        }

        Refs(json, "outils", c.Tools);
        Objects(json, "temoignages", c.Testimonies, (w, t) =>
        {
            Text(w, "citation", t.Quote);
            Text(w, "qui", t.Speaker);
            Text(w, "lieu", t.Place);
        });
        Sources(json, c.Sources);
        if (c.Image is { } image)
        {
            Object(json, "image", w =>
            {
                Text(w, "fichier", image.File);
                Text(w, "alt", image.Alt);
            });
        }

        Date(json, "ajoute_le", c.Added);
        Date(json, "mis_a_jour_le", c.Updated);
        Strings(json, "anciennes_adresses", c.FormerUrls.Select(f => f.Path));
    }

    public static void Tool(Utf8JsonWriter json, ToolSheet t)
    {
        Number(json, "numero", t.Number);
        Text(json, "titre", t.Title);
        Text(json, "sous_titre", t.Subtitle);
        Strings(json, "objectifs", t.Objectives);
        Term(json, "format", t.Format);
        Number(json, "duree_minutes", t.Minutes);
        Text(json, "taille_groupe", t.GroupSize);
        Strings(json, "materiel", t.Materials);
        Steps(json, t.Steps);
        if (t.FollowUp is { } suite)
        {
            Object(json, "suite", w =>
            {
                Text(w, "titre", suite.Title);
                Text(w, "objectif", suite.Purpose);
                Term(w, "format", suite.Format);
                Number(w, "duree_minutes", suite.Minutes);
                Steps(w, suite.Steps);
            });
        }

        Text(json, "telechargement", t.Download);
        Refs(json, "outils_lies", t.RelatedTools);
        Sources(json, t.Sources);
        Date(json, "ajoute_le", t.Added);
        Date(json, "mis_a_jour_le", t.Updated);
        Strings(json, "anciennes_adresses", t.FormerUrls.Select(f => f.Path));
    }

    public static void Territory(Utf8JsonWriter json, TerritoryProfile t)
    {
        Text(json, "nom", t.Name);
        Term(json, "niveau", t.Level);
        Refs(json, "parents", t.Parents);
        Refs(json, "voisins", t.Neighbours);
        Term(json, "departement", t.Departement);
        Term(json, "region", t.Region);
        if (t.Pat is { } pat)
        {
            Object(json, "pat", w =>
            {
                if (pat.Recognised is { } recognised)
                {
                    w.WriteBoolean("reconnu", recognised);
                }

                Number(w, "annee", pat.Year);
                Number(w, "niveau_reconnaissance", pat.RecognitionLevel);
            });
        }

        if (t.Engagement.Count > 0)
        {
            Object(json, "engagement", w =>
            {
                foreach (var e in t.Engagement)
                {
                    w.WriteString(e.Function.Slug, e.Level.Slug);
                }
            });
        }

        Terms(json, "roles", t.Roles);
        if (t.Coordinates is { } point)
        {
            Object(json, "coordonnees", w =>
            {
                w.WriteNumber("latitude", point.Latitude);
                w.WriteNumber("longitude", point.Longitude);
            });
        }

        Sources(json, t.Sources);
        Date(json, "ajoute_le", t.Added);
        Date(json, "mis_a_jour_le", t.Updated);
        Strings(json, "anciennes_adresses", t.FormerUrls.Select(f => f.Path));
    }

    private static void Steps(Utf8JsonWriter json, IReadOnlyList<WorkshopStep> steps) =>
        Objects(json, "etapes", steps, (w, s) =>
        {
            Text(w, "description", s.Description);
            Number(w, "duree_minutes", s.Minutes);
        });
}
