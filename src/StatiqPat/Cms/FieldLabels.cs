using StatiqPat.Content;

namespace StatiqPat.Cms;

/// <summary>
/// French labels of the form's fields. Front-matter keys are written without accents (« degre »), which a form
/// should not show; keys missing here fall back to the key with its first letter upper-cased.
/// </summary>
public static class FieldLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["resume"] = "Résumé",
        ["benefice"] = "Bénéfice",
        ["roles"] = "Rôles",
        ["degre"] = "Degré",
        ["formalite"] = "Formalité",
        ["thematiques"] = "Thématiques",
        ["periode"] = "Période",
        ["debut"] = "Début",
        ["temoignages"] = "Témoignages",
        ["qui"] = "Qui parle",
        ["alt"] = "Texte alternatif",
        ["ajoute_le"] = "Ajouté le",
        ["mis_a_jour_le"] = "Mis à jour le",
        ["anciennes_adresses"] = "Anciennes adresses",
        ["numero"] = "Numéro",
        ["sous_titre"] = "Sous-titre",
        ["duree_minutes"] = "Durée (minutes)",
        ["taille_groupe"] = "Taille du groupe",
        ["materiel"] = "Matériel",
        ["etapes"] = "Étapes",
        ["telechargement"] = "Téléchargement",
        ["outils_lies"] = "Outils liés",
        ["departement"] = "Département",
        ["region"] = "Région",
        ["pat"] = "PAT",
        ["annee"] = "Année",
        ["niveau_reconnaissance"] = "Niveau de reconnaissance",
        ["coordonnees"] = "Coordonnées",
        ["territoire"] = "Fiche territoire",
    };

    /// <summary>What one item of a list is called, for the form's « Ajouter … » button.</summary>
    private static readonly Dictionary<string, string> Singulars = new(StringComparer.Ordinal)
    {
        ["acteurs"] = "acteur",
        ["sources"] = "source",
        ["temoignages"] = "témoignage",
        ["etapes"] = "étape",
        ["objectifs"] = "objectif",
        ["materiel"] = "élément de matériel",
        ["anciennes_adresses"] = "ancienne adresse",
    };

    public static string? Singular(string key) => Singulars.GetValueOrDefault(key);

    /// <summary>The label of a key; keys that are vocabulary values (the six functions of an engagement map) take the term's label.</summary>
    public static string For(string key, Vocabulary vocabulary) =>
        Labels.TryGetValue(key, out var label) ? label
        : vocabulary.Functions.Find(key) is { } term ? term.Label
        : char.ToUpperInvariant(key[0]) + key[1..].Replace('_', ' ');
}
