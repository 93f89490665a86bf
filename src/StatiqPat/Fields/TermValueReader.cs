using System.Text.Json.Nodes;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Text;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>A slug that must belong to one vocabulary list; an unknown one lists the valid values and suggests the closest.</summary>
/// <param name="code">The error an unknown value is: a vocabulary value by default, a source for the registry.</param>
/// <param name="where">Where the list lives, for the message; the vocabulary by default.</param>
public sealed class TermValueReader(Func<Vocabulary, TermList> select, string code = ErrorCodes.UnknownVocabularyValue, string? where = null)
    : ScalarValueReader<Term>
{
    public override string Expected => "une valeur du vocabulaire";

    public override JsonObject Describe(SchemaContext context)
    {
        var values = new JsonArray();
        foreach (var term in select(context.Vocabulary).Terms)
        {
            values.Add(new JsonObject { ["const"] = term.Slug, ["title"] = term.Label });
        }

        return new JsonObject { ["type"] = "string", ["oneOf"] = values };
    }

    /// <summary>Exports carry the slug, the stable identifier; labels are in the exported vocabulary.</summary>
    public override string Text(Term value) => value.Slug;

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out Term value)
    {
        var list = select(context.Vocabulary);
        if (list.Find(text) is { } found)
        {
            value = found;
            return true;
        }

        value = Term.Empty;

        var closest = Suggestions.Closest(text, list.Slugs);
        var valid = Scalars.Choices(list.Slugs, where ?? $"la liste « {list.Key} » du vocabulaire");
        var hint = closest is null
            ? $"valeurs possibles : {valid}"
            : $"vouliez-vous dire « {closest} » ? valeurs possibles : {valid}";
        context.Error(code, node,
            where is null
                ? $"« {text} » n'est pas une valeur connue de la liste « {list.Key} » (vocabulaire)"
                : $"« {text} » n'est pas dans {where}",
            hint);
        return false;
    }
}
