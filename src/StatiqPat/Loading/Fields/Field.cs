using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Fields;

/// <summary>One front-matter key of a record: its French name and help text, how to read it, where it goes.</summary>
public sealed class Field<TRecord>
{
    private readonly Func<TRecord, YamlNode, ReadContext, TRecord> apply;
    private readonly Func<SchemaContext, JsonObject> describe;

    private Field(string key, string help, bool required, string expected,
        Func<TRecord, YamlNode, ReadContext, TRecord> apply, Func<SchemaContext, JsonObject> describe)
    {
        Key = key;
        Help = help;
        Required = required;
        Expected = expected;
        this.apply = apply;
        this.describe = describe;
    }

    public string Key { get; }

    /// <summary>French sentence telling a contributor what to write; becomes the schema description.</summary>
    public string Help { get; }

    public bool Required { get; }

    public string Expected { get; }

    public static Field<TRecord> Of<TValue>(string key, string help, IValueReader<TValue> reader,
        Func<TRecord, TValue, TRecord> set, bool required = false) =>
        new(key, help, required, reader.Expected,
            (record, node, context) => reader.TryRead(node, context, out var value) ? set(record, value) : record,
            context =>
            {
                // The reader takes a blank optional field for an absent one; the schema says so, so editors do not flag it.
                var schema = required
                    ? reader.Describe(context)
                    : new JsonObject { ["anyOf"] = new JsonArray(reader.Describe(context), new JsonObject { ["type"] = "null" }) };
                schema["description"] = help;
                return schema;
            });

    public TRecord Apply(TRecord record, YamlNode node, ReadContext context) => apply(record, node, context);

    public JsonObject Describe(SchemaContext context) => describe(context);
}
