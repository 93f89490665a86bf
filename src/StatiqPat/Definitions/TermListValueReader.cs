using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqPat.Content;
using StatiqPat.Fields;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Definitions;

/// <summary>Reads a vocabulary list and numbers its values in file order: the order is meaningful (degrees go strongest first).</summary>
public sealed class TermListValueReader(TermList template, IValueReader<Term> term) : IValueReader<TermList>
{
    private readonly ListValueReader<Term> list = Read.Entries(term, t => t.Slug);

    public string Expected => list.Expected;

    public bool TryRead(YamlNode node, ReadContext context, out TermList value)
    {
        value = template;
        if (!list.TryRead(node, context, out var terms))
        {
            return false;
        }

        value = template with { Terms = terms.Select((t, i) => t with { Rank = i + 1 }).ToList() };
        return true;
    }

    public JsonObject Describe(SchemaContext context) => list.Describe(context);

    public void Write(Utf8JsonWriter json, TermList value) => list.Write(json, value.Terms);

    public string Text(TermList value) => list.Text(value.Terms);

    public bool IsEmpty(TermList value) => value.Terms.Count == 0;
}
