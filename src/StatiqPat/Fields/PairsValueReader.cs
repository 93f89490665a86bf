using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>
/// A mapping whose keys and values both come from vocabularies, e.g. <c>engagement: { cultiver: fort }</c>.
/// Kept in the key list's order so pages and matrices read the same way everywhere.
/// </summary>
public sealed class PairsValueReader<TPair>(
    TermValueReader keys, TermValueReader values, Func<Vocabulary, TermList> keyList, Func<Term, Term, TPair> pair,
    Func<TPair, (Term Key, Term Value)> parts)
    : IValueReader<IReadOnlyList<TPair>>
{
    public string Expected => "des paires clé : valeur du vocabulaire";

    public bool TryRead(YamlNode node, ReadContext context, out IReadOnlyList<TPair> value)
    {
        value = [];
        if (node is not YamlMappingNode mapping)
        {
            context.Error(ErrorCodes.WrongType, node, "valeur de type incorrect : des paires « clé: valeur » sont attendues",
                "par exemple « cultiver: fort » sur une ligne en retrait");
            return false;
        }

        var read = new List<(Term Key, Term Value)>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keys.TryRead(keyNode, context, out var key) && !Scalars.IsBlank(valueNode)
                && values.TryRead(valueNode, context, out var level))
            {
                read.Add((key, level));
            }
        }

        value = read.OrderBy(p => p.Key.Rank).Select(p => pair(p.Key, p.Value)).ToList();
        return true;
    }

    public JsonObject Describe(SchemaContext context)
    {
        var properties = new JsonObject();
        foreach (var term in keyList(context.Vocabulary).Terms)
        {
            var value = values.Describe(context);
            if (context.ForEditors)
            {
                value["title"] = term.Label;
            }

            properties[term.Slug] = value;
        }

        return new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties };
    }

    public void Write(Utf8JsonWriter json, IReadOnlyList<TPair> value)
    {
        json.WriteStartObject();
        foreach (var (key, level) in value.Select(parts))
        {
            json.WriteString(key.Slug, level.Slug);
        }

        json.WriteEndObject();
    }

    public string Text(IReadOnlyList<TPair> value) =>
        string.Join(ListValueReader<TPair>.Separator, value.Select(parts).Select(p => $"{p.Key.Slug}: {p.Value.Slug}"));

    public bool IsEmpty(IReadOnlyList<TPair> value) => value.Count == 0;

    /// <summary>One column per key of the vocabulary, so every row of a table has the same columns.</summary>
    public IReadOnlyList<Column<IReadOnlyList<TPair>>> Columns(Vocabulary vocabulary) =>
        keyList(vocabulary).Terms
            .Select(term => new Column<IReadOnlyList<TPair>>(term.Slug,
                value => value.Select(parts).FirstOrDefault(p => p.Key.Slug == term.Slug).Value?.Slug ?? ""))
            .ToList();
}
