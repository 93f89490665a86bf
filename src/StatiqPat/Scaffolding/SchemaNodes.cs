using System.Text.Json.Nodes;
using StatiqPat.Fields;

namespace StatiqPat.Scaffolding;

/// <summary>
/// Reads back the shapes the field readers describe (see <see cref="IValueReader{TValue}.Describe"/>), so the
/// generators of templates and forms follow the very model the build parses, with no second description to keep in step.
/// </summary>
public static class SchemaNodes
{
    /// <summary>The value's own schema: optional fields wrap it in <c>anyOf [it, null]</c>.</summary>
    public static JsonObject Unwrap(JsonObject schema)
    {
        if (schema["anyOf"] is JsonArray any && any.Count == 2 && any[1]?["type"]?.GetValue<string>() == "null")
        {
            return any[0]!.AsObject();
        }

        // A step written as one line or as keys (oneOf [string, object]): templates and forms offer the keys.
        if (schema["oneOf"] is JsonArray one && one.OfType<JsonObject>().FirstOrDefault(o => o["properties"] is not null) is { } object_)
        {
            return object_;
        }

        return schema;
    }

    public static string? Type(JsonObject schema) => schema["type"] is JsonValue value ? value.GetValue<string>() : null;

    public static string Description(JsonObject schema) => schema["description"]?.GetValue<string>() ?? "";

    public static IEnumerable<(string Key, JsonObject Schema, bool Required)> Properties(JsonObject objectSchema)
    {
        var required = (objectSchema["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (key, value) in objectSchema["properties"]!.AsObject())
        {
            yield return (key, value!.AsObject(), required.Contains(key));
        }
    }

    /// <summary>The values of a vocabulary list (<c>oneOf</c> of <c>const</c>/<c>title</c>), or null for free values.</summary>
    public static IReadOnlyList<(string Value, string Label)>? Choices(JsonObject schema)
    {
        if (schema["oneOf"] is JsonArray one && one.All(o => o?["const"] is not null))
        {
            return one.Select(o => (o!["const"]!.GetValue<string>(), o["title"]?.GetValue<string>() ?? o["const"]!.GetValue<string>())).ToList();
        }

        if (schema["enum"] is JsonArray values)
        {
            return values.Select(v => (v!.GetValue<string>(), v.GetValue<string>())).ToList();
        }

        return null;
    }

    /// <summary>The content folder a reference points into (<c>territoires</c>, <c>outils</c>), when the schema was described for forms.</summary>
    public static string? ReferenceFolder(JsonObject schema) => schema[SchemaContext.ReferenceKeyword]?.GetValue<string>();

    /// <summary>The field's French label (described for editors), or its key when it has none.</summary>
    public static string Label(JsonObject schema, string key) => schema["title"]?.GetValue<string>() ?? key;

    /// <summary>What one item of a list is called, for a form's « Ajouter … » button.</summary>
    public static string? Singular(JsonObject schema) => schema[SchemaContext.SingularKeyword]?.GetValue<string>();

    /// <summary>Sentences rather than a few words: a form gives them a text area.</summary>
    public static bool IsLongText(JsonObject schema) => schema[SchemaContext.LongTextKeyword]?.GetValue<bool>() ?? false;

    /// <summary>Yes/no fields are described as <c>oneOf [boolean, enum oui/non]</c>.</summary>
    public static bool IsYesNo(JsonObject schema) =>
        schema["oneOf"] is JsonArray one && one.Any(o => o?["type"]?.GetValue<string>() == "boolean");
}
