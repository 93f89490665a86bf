using System.Globalization;
using System.Text.Json;
using StatiqPat.Content;

namespace StatiqPat.Generated.OpenData;

/// <summary>
/// Small writing helpers that mirror the front matter: a field left empty in a sheet is left out of the
/// export too, so an exported sheet reads back exactly like the original.
/// </summary>
public static class JsonFields
{
    public static void Text(Utf8JsonWriter json, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(key, value);
        }
    }

    public static void Number(Utf8JsonWriter json, string key, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(key, number);
        }
    }

    public static void Date(Utf8JsonWriter json, string key, DateOnly? value)
    {
        if (value is { } date)
        {
            json.WriteString(key, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    public static void Term(Utf8JsonWriter json, string key, Term? value) => Text(json, key, value?.Slug);

    public static void Terms(Utf8JsonWriter json, string key, IEnumerable<Term> values) => Strings(json, key, values.Select(v => v.Slug));

    public static void Refs(Utf8JsonWriter json, string key, IEnumerable<Reference> values) => Strings(json, key, values.Select(v => v.Slug));

    public static void Strings(Utf8JsonWriter json, string key, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return;
        }

        json.WriteStartArray(key);
        foreach (var value in list)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    public static void Objects<T>(Utf8JsonWriter json, string key, IReadOnlyList<T> values, Action<Utf8JsonWriter, T> write)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(key);
        foreach (var value in values)
        {
            json.WriteStartObject();
            write(json, value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void Object(Utf8JsonWriter json, string key, Action<Utf8JsonWriter> write)
    {
        json.WriteStartObject(key);
        write(json);
        json.WriteEndObject();
    }

    public static void Sources(Utf8JsonWriter json, IReadOnlyList<Source> sources) =>
        Objects(json, "sources", sources, (w, s) =>
        {
            Text(w, "document", s.Reference);
            Text(w, "apport", s.Note);
        });
}
