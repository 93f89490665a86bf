using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqPat.Content;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>
/// Reads one YAML value into a typed value, reporting problems with their position, and gives that value back in
/// every other form the site publishes: JSON Schema, JSON (the same shape as the front matter, so an export reads
/// back through this reader), and text for tables. One object for all of them, so none can drift from the reader.
/// </summary>
public interface IValueReader<TValue>
{
    /// <summary>French name of the expected type, used in messages ("un texte", "une liste"…).</summary>
    string Expected { get; }

    /// <summary>Returns false when the value is unusable; the problem has already been reported.</summary>
    bool TryRead(YamlNode node, ReadContext context, out TValue value);

    JsonObject Describe(SchemaContext context);

    /// <summary>Writes the value as JSON, shaped as the front matter writes it.</summary>
    void Write(Utf8JsonWriter json, TValue value);

    /// <summary>The value as one line of text: a table cell, or an item of a list joined in one cell.</summary>
    string Text(TValue value);

    /// <summary>An empty list means "not given", like an absent key: exports leave it out as the front matter would.</summary>
    bool IsEmpty(TValue value) => false;

    /// <summary>The columns this value fills in a table: one, except for a block of keys, which spreads over one per key.</summary>
    IReadOnlyList<Column<TValue>> Columns(Vocabulary vocabulary) => [new Column<TValue>("", Text)];
}
