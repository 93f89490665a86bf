using System.Globalization;
using System.Text.Json.Nodes;
using StatiqPat.Content;
using StatiqPat.Scaffolding;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Cms;

/// <summary>
/// Turns the model's schema into Decap CMS fields: a select for every vocabulary list, a relation for every reference
/// to a territory or a tool, lists and objects as the front matter nests them, optional fields marked so.
/// </summary>
public sealed class DecapFields
{
    /// <summary>Which field of a referenced collection names its sheets in the relation's list.</summary>
    private static readonly Dictionary<string, string> DisplayField = new(StringComparer.Ordinal)
    {
        [ContentKind.Territory.Folder()] = "nom",
        [ContentKind.Tool.Folder()] = "titre",
        [ContentKind.Case.Folder()] = "titre",
    };

    /// <param name="insideOptional">
    /// The keys of an optional block (an image: file and text) are all optional in the form: Decap would demand them
    /// even when the block is left out. When the block is given, <c>check</c> still requires them, in the pull request.
    /// </param>
    public YamlSequenceNode Of(JsonObject objectSchema, bool insideOptional = false)
    {
        var fields = new YamlSequenceNode();
        foreach (var (key, wrapped, required) in SchemaNodes.Properties(objectSchema))
        {
            fields.Add(Field(key, wrapped, required && !insideOptional));
        }

        return fields;
    }

    private YamlMappingNode Field(string key, JsonObject wrapped, bool required)
    {
        var schema = SchemaNodes.Unwrap(wrapped);
        var field = new YamlMappingNode
        {
            { "name", key },
            { "label", SchemaNodes.Label(schema, key) },
        };
        if (SchemaNodes.Description(wrapped) is { Length: > 0 } hint)
        {
            field.Add("hint", hint);
        }

        if (!required)
        {
            field.Add("required", "false");
        }

        Widget(field, key, schema, required);
        return field;
    }

    private void Widget(YamlMappingNode field, string key, JsonObject schema, bool required)
    {
        switch (SchemaNodes.Type(schema))
        {
            case "object":
                field.Add("widget", "object");
                field.Add("fields", Of(schema, insideOptional: !required));
                return;
            case "array":
                List(field, key, schema);
                return;
            case "integer" or "number":
                field.Add("widget", "number");
                field.Add("value_type", SchemaNodes.Type(schema) == "integer" ? "int" : "float");
                Bound(field, "min", schema["minimum"]);
                Bound(field, "max", schema["maximum"]);
                return;
        }

        if (SchemaNodes.IsYesNo(schema))
        {
            field.Add("widget", "boolean");
        }
        else if (SchemaNodes.Choices(schema) is { } choices)
        {
            Select(field, choices, multiple: false);
        }
        else if (SchemaNodes.ReferenceFolder(schema) is { } folder)
        {
            Relation(field, folder, multiple: false);
        }
        else if (schema["format"]?.GetValue<string>() == "date")
        {
            // Dates stay plain AAAA-MM-JJ text, the form the build reads; no time, no time zone shift.
            field.Add("widget", "datetime");
            field.Add("format", "YYYY-MM-DD");
            field.Add("date_format", "YYYY-MM-DD");
            field.Add("time_format", "false");
            field.Add("picker_utc", "true");
        }
        else if (schema["pattern"]?.GetValue<string>() is { } pattern && pattern.Contains("images/", StringComparison.Ordinal))
        {
            field.Add("widget", "image");
            field.Add("choose_url", "false");
        }
        else
        {
            field.Add("widget", SchemaNodes.IsLongText(schema) ? "text" : "string");
        }
    }

    private void List(YamlMappingNode field, string key, JsonObject schema)
    {
        var item = SchemaNodes.Unwrap(schema["items"]!.AsObject());
        if (SchemaNodes.Singular(schema) is { } singular)
        {
            field.Add("label_singular", singular);
        }

        if (SchemaNodes.Choices(item) is { } choices)
        {
            Select(field, choices, multiple: true);
        }
        else if (SchemaNodes.ReferenceFolder(item) is { } folder)
        {
            Relation(field, folder, multiple: true);
        }
        else if (SchemaNodes.Type(item) == "object")
        {
            field.Add("widget", "list");
            field.Add("fields", Of(item));
        }
        else
        {
            // A list of plain texts: one input per item, saved as a YAML list of strings.
            field.Add("widget", "list");
            field.Add("field", new YamlMappingNode
            {
                { "name", "element" },
                { "label", SchemaNodes.Label(schema, key) },
                { "widget", SchemaNodes.IsLongText(item) ? "text" : "string" },
            });
        }
    }

    private static void Select(YamlMappingNode field, IReadOnlyList<(string Value, string Label)> choices, bool multiple)
    {
        field.Add("widget", "select");
        if (multiple)
        {
            field.Add("multiple", "true");
        }

        var options = new YamlSequenceNode();
        foreach (var (value, label) in choices)
        {
            options.Add(new YamlMappingNode { { "label", label }, { "value", value } });
        }

        field.Add("options", options);
    }

    private static void Relation(YamlMappingNode field, string folder, bool multiple)
    {
        var display = DisplayField[folder];
        field.Add("widget", "relation");
        field.Add("collection", folder);
        field.Add("value_field", "{{slug}}");
        field.Add("search_fields", new YamlSequenceNode(display));
        field.Add("display_fields", new YamlSequenceNode(display));
        if (multiple)
        {
            field.Add("multiple", "true");
        }
    }

    private static void Bound(YamlMappingNode field, string name, JsonNode? value)
    {
        if (value is not null)
        {
            field.Add(name, value.GetValue<double>().ToString(CultureInfo.InvariantCulture));
        }
    }
}
