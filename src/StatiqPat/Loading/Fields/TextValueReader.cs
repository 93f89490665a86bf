using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Fields;

/// <summary>Free French text, one line or a YAML block (<c>|</c> or <c>&gt;</c>).</summary>
public sealed class TextValueReader : IValueReader<string>
{
    public string Expected => "un texte";

    public bool TryRead(YamlNode node, ReadContext context, out string value) =>
        Scalars.TryText(node, context, Expected, out value);

    public JsonObject Describe(SchemaContext context) => new() { ["type"] = "string", ["minLength"] = 1 };
}
