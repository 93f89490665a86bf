using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>Free French text, one line or a YAML block (<c>|</c> or <c>&gt;</c>).</summary>
/// <param name="long">Sentences rather than a few words: forms give it a text area instead of a one-line input.</param>
public sealed class TextValueReader(bool @long = false) : ScalarValueReader<string>
{
    public override string Expected => "un texte";

    public override JsonObject Describe(SchemaContext context)
    {
        var schema = new JsonObject { ["type"] = "string", ["minLength"] = 1 };
        if (@long && context.ForEditors)
        {
            schema[SchemaContext.LongTextKeyword] = true;
        }

        return schema;
    }

    public override string Text(string value) => value;

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out string value)
    {
        value = text;
        return true;
    }
}
