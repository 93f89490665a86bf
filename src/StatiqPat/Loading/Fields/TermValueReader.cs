using System.Text.Json.Nodes;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Fields;

/// <summary>A slug that must belong to one vocabulary list; an unknown one lists the valid values and suggests the closest.</summary>
public sealed class TermValueReader(Func<Vocabulary, TermList> select) : IValueReader<Term>
{
    public string Expected => "une valeur du vocabulaire";

    public bool TryRead(YamlNode node, ReadContext context, out Term value)
    {
        value = Term.Empty;
        if (!Scalars.TryText(node, context, Expected, out var slug))
        {
            return false;
        }

        var list = select(context.Vocabulary);
        var term = list.Find(slug);
        if (term is not null)
        {
            value = term;
            return true;
        }

        var closest = Suggestions.Closest(slug, list.Slugs);
        var valid = Scalars.Choices(list.Slugs, $"la liste « {list.Key} » du vocabulaire");
        var hint = closest is null
            ? $"valeurs possibles : {valid}"
            : $"vouliez-vous dire « {closest} » ? valeurs possibles : {valid}";
        context.Error(ErrorCodes.UnknownVocabularyValue, node,
            $"« {slug} » n'est pas une valeur connue de la liste « {list.Key} » (vocabulaire)", hint);
        return false;
    }

    public JsonObject Describe(SchemaContext context)
    {
        var list = select(context.Vocabulary);
        var values = new JsonArray();
        foreach (var term in list.Terms)
        {
            values.Add(new JsonObject { ["const"] = term.Slug, ["title"] = term.Label });
        }

        return new JsonObject { ["type"] = "string", ["oneOf"] = values };
    }
}
