using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqPat.Content;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>
/// One front-matter key of a record, defined once: its French key, label and help text, how to read it into the
/// record and how to read it back off the record. The loader, the JSON Schemas, the JSON and CSV exports, the web
/// form and the <c>new</c> template are all derived from this one definition.
/// </summary>
public sealed class Field<TRecord>
{
    private readonly Func<TRecord, YamlNode, ReadContext, TRecord> apply;
    private readonly Func<SchemaContext, JsonObject> describe;
    private readonly Action<Utf8JsonWriter, TRecord> write;
    private readonly Func<Vocabulary, IReadOnlyList<Column<TRecord>>> columns;

    private Field(FieldText text, bool required, string expected, Func<TRecord, YamlNode, ReadContext, TRecord> apply,
        Func<SchemaContext, JsonObject> describe, Action<Utf8JsonWriter, TRecord> write,
        Func<Vocabulary, IReadOnlyList<Column<TRecord>>> columns)
    {
        (Key, Help, Label) = (text.Key, text.Help, text.Label);
        Required = required;
        Expected = expected;
        this.apply = apply;
        this.describe = describe;
        this.write = write;
        this.columns = columns;
    }

    public string Key { get; }

    /// <summary>French sentence telling a contributor what to write; becomes the schema description.</summary>
    public string Help { get; }

    /// <summary>French label for forms and tables, with the accents a key has no room for (« Degré » for <c>degre</c>).</summary>
    public string Label { get; }

    public bool Required { get; }

    public string Expected { get; }

    /// <param name="get">The value on the record, or null when the sheet does not give it.</param>
    /// <param name="label">Defaults to the key, capitalised, underscores as spaces.</param>
    /// <param name="singular">What one item of a list is called (« acteur »), for the form's « Ajouter » button.</param>
    public static Field<TRecord> Of<TValue>(string key, string help, IValueReader<TValue> reader,
        Func<TRecord, object?> get, Func<TRecord, TValue, TRecord> set,
        bool required = false, string? label = null, string? singular = null)
    {
        var text = new FieldText(key, help, label ?? char.ToUpperInvariant(key[0]) + key[1..].Replace('_', ' '));

        // The getter is typed loosely so one definition serves optional values (int?) and required ones alike; a value
        // of the wrong type would be left out of every export, which the round-trip tests of the exports catch.
        bool TryGet(TRecord record, out TValue value)
        {
            var found = get(record) is TValue typed && !reader.IsEmpty(typed);
            value = found ? (TValue)get(record)! : default!;
            return found;
        }

        return new Field<TRecord>(text, required, reader.Expected,
            (record, node, context) => reader.TryRead(node, context, out var value) ? set(record, value) : record,
            context => Describe(text, reader.Describe(context), required, singular, context),
            (json, record) =>
            {
                if (TryGet(record, out var value))
                {
                    json.WritePropertyName(key);
                    reader.Write(json, value);
                }
            },
            vocabulary => reader.Columns(vocabulary)
                .Select(column => new Column<TRecord>(column.Suffix.Length == 0 ? key : $"{key}_{column.Suffix}",
                    record => TryGet(record, out var value) ? column.Cell(value) : ""))
                .ToList());
    }

    public TRecord Apply(TRecord record, YamlNode node, ReadContext context) => apply(record, node, context);

    public JsonObject Describe(SchemaContext context) => describe(context);

    /// <summary>Writes <c>"key": value</c>, or nothing when the record does not give the value, as the front matter would.</summary>
    public void Write(Utf8JsonWriter json, TRecord record) => write(json, record);

    /// <summary>This field's columns in a table of records, named after the key.</summary>
    public IReadOnlyList<Column<TRecord>> Columns(Vocabulary vocabulary) => columns(vocabulary);

    private static JsonObject Describe(FieldText text, JsonObject value, bool required, string? singular, SchemaContext context)
    {
        if (context.ForEditors)
        {
            value["title"] = text.Label;
            if (singular is not null)
            {
                value[SchemaContext.SingularKeyword] = singular;
            }
        }

        // The reader takes a blank optional field for an absent one; the schema says so, so editors do not flag it.
        var schema = required ? value : new JsonObject { ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }) };
        schema["description"] = text.Help;
        return schema;
    }
}
