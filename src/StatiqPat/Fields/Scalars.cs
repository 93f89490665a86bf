using StatiqPat.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>Shared checks for readers of single values.</summary>
public static class Scalars
{
    /// <summary>
    /// An empty value, or an unquoted <c>~</c> or <c>null</c>: the contributor left the field blank. A block whose every
    /// key or item is blank counts as blank too, so the unfilled parts of a sheet made by <c>new</c> (an image with
    /// neither file nor text, an actor with no name) mean "not given" rather than a string of errors.
    /// </summary>
    public static bool IsBlank(YamlNode node) => node switch
    {
        // A quoted empty text too: the web form writes "" for a field that was filled, then cleared.
        YamlScalarNode scalar => string.IsNullOrEmpty(scalar.Value)
            || (scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is "~" or "null" or "Null" or "NULL"),
        YamlMappingNode mapping => mapping.Children.Count > 0 && mapping.Children.All(pair => IsBlank(pair.Value)),
        YamlSequenceNode sequence => sequence.Children.Count > 0 && sequence.Children.All(IsBlank),
        _ => false,
    };

    /// <summary>Lists allowed values in a hint, cut short for long lists (there are 101 départements).</summary>
    public static string Choices(IEnumerable<string> values, string file)
    {
        var all = values.ToList();
        return all.Count <= 15 ? string.Join(", ", all) : $"{string.Join(", ", all.Take(15))}… ({all.Count} valeurs, voir {file})";
    }

    /// <summary>Reads a non-blank scalar's trimmed text, or reports what was expected instead.</summary>
    public static bool TryText(YamlNode node, ReadContext context, string expected, out string text)
    {
        text = "";
        if (node is not YamlScalarNode scalar)
        {
            // The usual cause of a mapping where text is expected is an unquoted " : " inside a sentence.
            var (found, hint) = node is YamlSequenceNode
                ? ("une liste", "retirez les tirets en trop, ou écrivez une seule valeur")
                : ("un ensemble de clés", "si le texte contient « : », mettez-le entre guillemets \"…\"");
            context.Error(ErrorCodes.WrongType, node, $"valeur de type incorrect : {expected} est attendu, pas {found}", hint);
            return false;
        }

        text = (scalar.Value ?? "").Trim();
        return true;
    }
}
