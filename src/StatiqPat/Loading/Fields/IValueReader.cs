using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Fields;

/// <summary>
/// Reads one YAML value into a typed value, reporting problems with their position.
/// The same object describes itself as JSON Schema, so the schema can never drift from the reader.
/// </summary>
public interface IValueReader<TValue>
{
    /// <summary>French name of the expected type, used in messages ("un texte", "une liste"…).</summary>
    string Expected { get; }

    /// <summary>Returns false when the value is unusable; the problem has already been reported.</summary>
    bool TryRead(YamlNode node, ReadContext context, out TValue value);

    JsonObject Describe(SchemaContext context);
}
