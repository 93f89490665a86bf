using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>
/// A value written on one line (a text, a date, a slug…): the shape check and its message are the same for all,
/// so each reader only says how to parse the text and what to report when it cannot.
/// </summary>
public abstract class ScalarValueReader<TValue> : IValueReader<TValue>
{
    public abstract string Expected { get; }

    public bool TryRead(YamlNode node, ReadContext context, out TValue value)
    {
        value = default!;
        return Scalars.TryText(node, context, Expected, out var text) && TryParse(text, node, context, out value);
    }

    public abstract JsonObject Describe(SchemaContext context);

    public virtual void Write(Utf8JsonWriter json, TValue value) => json.WriteStringValue(Text(value));

    public abstract string Text(TValue value);

    /// <summary>Parses a non-blank trimmed text; on failure, reports why at <paramref name="node"/> and returns false.</summary>
    protected abstract bool TryParse(string text, YamlNode node, ReadContext context, out TValue value);
}
