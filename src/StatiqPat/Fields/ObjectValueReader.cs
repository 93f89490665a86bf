using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Text;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>
/// A YAML mapping read into a record, key by key. Unknown keys, duplicate keys and missing required
/// keys are errors, each reported at its own line so a contributor sees every one at once.
/// </summary>
/// <param name="fromScalar">Optional short form: a plain text standing for the whole record (a step written as one line).</param>
/// <param name="summary">The record as one line of text, in a list joined in a table cell; by default its first field.</param>
/// <param name="oneOf">
/// Optional keys of which at least one must be given, when no single one is required (a source names the registry or another reference).
/// </param>
public sealed class ObjectValueReader<TRecord>(
    Func<TRecord> create,
    IReadOnlyList<Field<TRecord>> fields,
    Func<string, TRecord>? fromScalar = null,
    Func<TRecord, string>? summary = null,
    IReadOnlyList<string>? oneOf = null) : IValueReader<TRecord>
{
    private readonly Dictionary<string, Field<TRecord>> byKey = fields.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public IReadOnlyList<Field<TRecord>> Fields => fields;

    public string Expected => "un ensemble de clés";

    public bool TryRead(YamlNode node, ReadContext context, out TRecord value)
    {
        value = create();
        if (fromScalar is not null && node is YamlScalarNode scalar)
        {
            if (!Scalars.TryText(node, context, Expected, out var text))
            {
                return false;
            }

            value = fromScalar(text);
            return true;
        }

        if (node is not YamlMappingNode mapping)
        {
            var keys = string.Join(", ", fields.Select(f => f.Key));
            context.Error(ErrorCodes.WrongType, node, $"valeur de type incorrect : des clés sont attendues ({keys})",
                "écrivez chaque clé sur une ligne en retrait, suivie de « : »");
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);

        // A required key written but left blank is reported on its own line, where the contributor has to type.
        var blank = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            // A list or a block written as a key ("? [a]", "[a]: b") names no field: saying « » is unknown would not help.
            if (keyNode is not YamlScalarNode keyScalar)
            {
                context.Error(ErrorCodes.WrongType, keyNode,
                    "valeur de type incorrect : une clé doit être un nom simple, pas une liste ni un ensemble de clés",
                    "écrivez le nom du champ seul, suivi de « : » ; mettez entre guillemets un texte qui commence par « [ », « { » ou « ? »");
                continue;
            }

            var key = keyScalar.Value ?? "";
            if (!seen.Add(key))
            {
                context.Error(ErrorCodes.DuplicateKey, keyNode, $"la clé « {key} » apparaît deux fois", "gardez une seule occurrence");
                continue;
            }

            if (!byKey.TryGetValue(key, out var field))
            {
                ReportUnknownKey(key, keyNode, context);
                continue;
            }

            // A required block written with its keys but left empty (as `nouveau` leaves « resume: ») is read all the
            // same: its own required keys then say where to type, instead of the block's first line.
            if (!Scalars.IsBlank(valueNode) || (field.Required && valueNode is YamlMappingNode { Children.Count: > 0 }))
            {
                value = field.Apply(value, valueNode, context);
            }
            else
            {
                seen.Remove(key);
                blank[key] = keyNode;
            }
        }

        foreach (var field in fields.Where(f => f.Required && !seen.Contains(f.Key)))
        {
            context.Error(ErrorCodes.MissingField, blank.GetValueOrDefault(field.Key, node), $"le champ obligatoire « {field.Key} » est absent ou vide",
                $"ajoutez « {field.Key}: » avec {field.Expected} : {field.Help}");
        }

        if (oneOf is { Count: > 0 } && !oneOf.Any(seen.Contains))
        {
            var keys = string.Join(" » ou « ", oneOf);
            context.Error(ErrorCodes.MissingField, node, $"il manque « {keys} » : au moins l'un de ces champs est obligatoire",
                "ajoutez " + string.Join(" ou ", oneOf.Select(key => $"« {key}: » ({Lowered(byKey[key].Help)})")));
        }

        return true;
    }

    public JsonObject Describe(SchemaContext context)
    {
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            properties[field.Key] = field.Describe(context);
        }

        var required = new JsonArray();
        foreach (var field in fields.Where(f => f.Required))
        {
            required.Add(field.Key);
        }

        var schema = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        if (oneOf is { Count: > 0 })
        {
            schema["anyOf"] = new JsonArray(oneOf.Select(key => (JsonNode)new JsonObject { ["required"] = new JsonArray(key) }).ToArray());
        }

        if (fromScalar is null)
        {
            return schema;
        }

        return new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, schema) };
    }

    public void Write(Utf8JsonWriter json, TRecord value)
    {
        json.WriteStartObject();
        WriteFields(json, value);
        json.WriteEndObject();
    }

    /// <summary>The record's keys and values, inside an object the caller has opened (an exported sheet adds its own keys).</summary>
    public void WriteFields(Utf8JsonWriter json, TRecord value)
    {
        foreach (var field in fields)
        {
            field.Write(json, value);
        }
    }

    public string Text(TRecord value) =>
        summary?.Invoke(value) ?? fields[0].Columns(new Vocabulary()).FirstOrDefault()?.Cell(value) ?? "";

    /// <summary>A block of keys spreads over one column per key (<c>periode_debut</c>, <c>periode_fin</c>).</summary>
    public IReadOnlyList<Column<TRecord>> Columns(Vocabulary vocabulary) =>
        fields.SelectMany(field => field.Columns(vocabulary)).ToList();

    private static string Lowered(string help) =>
        help.Length == 0 ? help : char.ToLowerInvariant(help[0]) + help[1..].TrimEnd('.');

    private void ReportUnknownKey(string key, YamlNode keyNode, ReadContext context)
    {
        var closest = Suggestions.Closest(key, byKey.Keys);
        var valid = string.Join(", ", fields.Select(f => f.Key));
        var hint = closest is null
            ? $"clés possibles : {valid}"
            : $"vouliez-vous dire « {closest} » ? clés possibles : {valid}";
        context.Error(ErrorCodes.UnknownKey, keyNode, $"la clé « {key} » est inconnue", hint);
    }
}
