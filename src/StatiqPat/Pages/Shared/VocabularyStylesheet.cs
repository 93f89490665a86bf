using System.Text;
using StatiqPat.Content;

namespace StatiqPat.Pages.Shared;

/// <summary>
/// Colours of the vocabulary as CSS classes (<c>.term-engagement-fort</c>), because the site's
/// Content-Security-Policy forbids inline style attributes and the colours live in data, not in the theme.
/// </summary>
public static class VocabularyStylesheet
{
    public static string Generate(Vocabulary vocabulary)
    {
        var css = new StringBuilder("/* Généré depuis input/vocabulaire.yml : ne pas modifier à la main. */\n");
        foreach (var list in new[] { vocabulary.CooperationTypes, vocabulary.Functions, vocabulary.Engagement })
        {
            foreach (var term in list.Terms.Where(t => t.Colour is not null))
            {
                css.Append($".term-{Family(list.Key)}-{term.Slug} {{ --term-colour: {term.Colour}; }}\n");
            }
        }

        return css.ToString();
    }

    /// <summary>The CSS class giving a value its colour, or null when the vocabulary draws it in none.</summary>
    public static string? ClassOf(TermList list, Term term) => term.Colour is null ? null : $"term-{Family(list.Key)}-{term.Slug}";

    /// <summary>Class family of a list, as templates write it: term-type-*, term-fonctions-*, term-engagement-*.</summary>
    public static string Family(string listKey) => listKey == "types_cooperation" ? "type" : listKey;
}
