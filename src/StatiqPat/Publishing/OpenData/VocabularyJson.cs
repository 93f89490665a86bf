using System.Text.Json;
using StatiqPat.Content;

namespace StatiqPat.Publishing.OpenData;

/// <summary>Every reference list with its values, in display order.</summary>
public static class VocabularyJson
{
    public static void Write(Utf8JsonWriter json, SiteContent content)
    {
        var v = content.Vocabulary;
        TermList[] lists =
        [
            v.CooperationTypes, v.Degrees, v.Formality, v.Spaces, v.Objects, v.Functions, v.Engagement, v.MapRows, v.Levels,
            v.Roles, v.Factors, v.Themes, v.Statuses, v.WorkshopFormats, v.Regions, v.Departements,
        ];
        json.WriteStartObject();
        json.WriteString("licence", content.Settings.Licence);
        json.WriteStartObject("listes");
        foreach (var list in lists)
        {
            json.WriteStartObject(list.Key);
            json.WriteString("libelle", list.Label);
            json.WriteStartArray("valeurs");
            foreach (var term in list.Terms)
            {
                json.WriteStartObject();
                json.WriteString("slug", term.Slug);
                json.WriteString("libelle", term.Label);
                Optional(json, "description", term.Description);
                Optional(json, "couleur", term.Colour);
                json.WriteNumber("rang", term.Rank);
                Optional(json, "parent", term.Parent);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A value left empty in the vocabulary is left out, as in the file.</summary>
    private static void Optional(Utf8JsonWriter json, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(key, value);
        }
    }
}
