using System.Text.Json.Nodes;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Fields;

/// <summary>
/// A mapping whose keys and values both come from vocabularies, e.g. <c>engagement: { cultiver: fort }</c>.
/// Kept in the key list's order so pages and matrices read the same way everywhere.
/// </summary>
public sealed class PairsValueReader<TPair>(
    TermValueReader keys, TermValueReader values, Func<Vocabulary, TermList> keyList, Func<Term, Term, TPair> pair)
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
            properties[term.Slug] = values.Describe(context);
        }

        return new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties };
    }
}
