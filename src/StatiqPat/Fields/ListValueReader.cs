using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>A YAML list of values of one kind; each bad item is reported and the good ones kept.</summary>
public sealed class ListValueReader<TItem>(IValueReader<TItem> item, Func<TItem, string>? identity = null)
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
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in sequence.Children)
        {
            if (Scalars.IsBlank(child) || !item.TryRead(child, context, out var read))
            {
                continue;
            }

            // Listing the same value twice is always a slip, and would double-count it in indexes.
            if (identity is not null && !seen.Add(identity(read)))
            {
                context.Error(ErrorCodes.InvalidValue, child, $"« {identity(read)} » figure deux fois dans la liste",
                    "supprimez le doublon");
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
}
