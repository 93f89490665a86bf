using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>A YAML list of values of one kind; each bad item is reported and the good ones kept.</summary>
/// <param name="identity">What makes two items the same; a repeat is reported and left out.</param>
/// <param name="key">
/// For a list of entries (sources, vocabulary values, sequences): the key holding the identity. A repeat is then an
/// identifier already taken, reported at the second entry's value of that key with the first entry's line, as sheets
/// sharing a slug are; the first entry is the one kept.
/// </param>
public sealed class ListValueReader<TItem>(IValueReader<TItem> item, Func<TItem, string>? identity = null, string? key = null)
    : IValueReader<IReadOnlyList<TItem>>
{
    /// <summary>Joins a list in one table cell; « | » never occurs in the content's values.</summary>
    public const string Separator = " | ";

    public string Expected => "une liste";

    public bool TryRead(YamlNode node, ReadContext context, out IReadOnlyList<TItem> value)
    {
        value = [];
        if (node is not YamlSequenceNode sequence)
        {
            context.Error(ErrorCodes.WrongType, node, $"valeur de type incorrect : une liste est attendue ({item.Expected} par ligne)",
                "écrivez chaque élément sur sa ligne, précédé de « - »");
            return false;
        }

        var items = new List<TItem>();
        var firsts = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var child in sequence.Children)
        {
            if (Scalars.IsBlank(child) || !item.TryRead(child, context, out var read))
            {
                continue;
            }

            if (identity is not null && IsRepeat(identity(read), child, firsts, context))
            {
                continue;
            }

            items.Add(read);
        }

        value = items;
        return true;
    }

    public JsonObject Describe(SchemaContext context)
    {
        var schema = new JsonObject { ["type"] = "array", ["items"] = item.Describe(context) };
        if (identity is not null)
        {
            schema["uniqueItems"] = true;
        }

        return schema;
    }

    public void Write(Utf8JsonWriter json, IReadOnlyList<TItem> value)
    {
        json.WriteStartArray();
        foreach (var element in value)
        {
            item.Write(json, element);
        }

        json.WriteEndArray();
    }

    public string Text(IReadOnlyList<TItem> value) => string.Join(Separator, value.Select(item.Text));

    public bool IsEmpty(IReadOnlyList<TItem> value) => value.Count == 0;

    /// <summary>Reports an item whose identity an earlier item already has, and remembers a new one.</summary>
    private bool IsRepeat(string id, YamlNode child, Dictionary<string, YamlNode> firsts, ReadContext context)
    {
        if (key is null)
        {
            // Listing the same value twice is always a slip, and would double-count it in indexes.
            if (firsts.TryAdd(id, child))
            {
                return false;
            }

            context.Error(ErrorCodes.InvalidValue, child, $"« {id} » figure deux fois dans la liste", "supprimez le doublon");
            return true;
        }

        // An entry without a valid identifier was reported as such: it takes none, so two of them are no repeat.
        if (id.Length == 0)
        {
            return false;
        }

        // The identifier is what the contributor typed twice, so both positions point at it rather than at the dash.
        var at = ValueOfKey(child) ?? child;
        if (firsts.TryAdd(id, at))
        {
            return false;
        }

        context.Error(ErrorCodes.DuplicateSlug, at, $"l'identifiant « {id} » est déjà pris par l'entrée de la ligne {context.At(firsts[id]).Line}",
            "donnez un autre identifiant à l'une des deux entrées, ou supprimez celle-ci si c'est un doublon");
        return true;
    }

    private YamlNode? ValueOfKey(YamlNode entry) =>
        entry is YamlMappingNode mapping
            ? mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var name } && name == key).Value
            : null;
}
