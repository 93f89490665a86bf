using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Tag = YamlDotNet.Core.Tokens.Tag;

namespace StatiqPat.Loading;

/// <summary>
/// A first pass over the YAML events, before YamlDotNet builds its node tree, for the shapes that tree cannot
/// survive: an alias inside the block it repeats (a cycle, on which YamlDotNet and the readers recurse until the
/// stack overflows, killing the process), an alias used before its anchor (YamlDotNet then keeps a placeholder
/// whose equality recurses forever), nesting deep enough to exhaust the stack, aliases that multiply into
/// billions of values, and tags that YamlDotNet rejects with an <see cref="ArgumentException"/> and no position.
/// Ordinary syntax errors still surface as <see cref="YamlException"/>s, exactly as the loading pass throws them.
/// </summary>
public static class YamlShapeGuard
{
    /// <summary>Front matters nest three or four levels; a hundred leaves room for anything written by hand.</summary>
    public const int MaxDepth = 100;

    /// <summary>Values counted with every alias expanded; real files hold a few hundred.</summary>
    public const int MaxExpandedValues = 100_000;

    /// <summary>Returns the first unsafe shape, or null when the text may be loaded.</summary>
    public static YamlShapeProblem? Find(string yaml) => IsPlain(yaml) ? null : Scan(yaml);

    /// <summary>
    /// A text with no anchor, alias or tag character, too shallow to reach <see cref="MaxDepth"/>: none of the unsafe
    /// shapes can occur, so the event pass (a fifth of a large site's loading time) is skipped. The depth bound is
    /// generous: every flow bracket, plus twice the deepest line's indentation and block indicators (a block opens
    /// either on a more indented line or after an indicator on the same line; a sequence under a mapping key may
    /// share its indentation, hence twice).
    /// </summary>
    public static bool IsPlain(string yaml)
    {
        var text = yaml.AsSpan();
        if (text.IndexOfAny('&', '*', '!') >= 0)
        {
            return false;
        }

        var brackets = text.Count('[') + text.Count('{');
        var deepest = 0;
        foreach (var line in text.EnumerateLines())
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            var indicators = line.Count("- ") + line.Count("? ") + line.Count(": ") + (line.TrimEnd().EndsWith(':') ? 1 : 0) + 1;
            deepest = Math.Max(deepest, indent + indicators);
        }

        return brackets + 2 * deepest < MaxDepth;
    }

    private static YamlShapeProblem? Scan(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml), skipComments: true);
        var parser = new Parser(scanner);

        // Values an anchor stands for, once its node is complete; an anchor still open is absent on purpose.
        var sizes = new Dictionary<AnchorName, long>();
        var open = new Stack<(AnchorName Anchor, long FirstValue)>();
        long values = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart:
                        sizes.Clear();
                        break;
                    case AnchorAlias alias when sizes.TryGetValue(alias.Value, out var size):
                        values += size;
                        break;
                    case AnchorAlias alias when open.Any(o => o.Anchor == alias.Value):
                        return new YamlShapeProblem(alias.Start,
                            $"l'alias « *{alias.Value} » répète le bloc qui le contient, ce qui ferait une valeur sans fin",
                            "un alias ne peut répéter qu'un bloc déjà refermé plus haut : écrivez la valeur elle-même");
                    case AnchorAlias alias:
                        return new YamlShapeProblem(alias.Start,
                            $"l'alias « *{alias.Value} » ne renvoie à aucune ancre « &{alias.Value} » écrite plus haut",
                            "un texte qui commence par « * » ou « & » doit être mis entre guillemets");
                    case Scalar scalar:
                        values++;
                        if (!scalar.Anchor.IsEmpty)
                        {
                            sizes[scalar.Anchor] = 1;
                        }

                        break;
                    case NodeEvent start and (SequenceStart or MappingStart):
                        values++;
                        if (open.Count == MaxDepth)
                        {
                            return new YamlShapeProblem(start.Start, $"plus de {MaxDepth} niveaux de blocs imbriqués",
                                "vérifiez que chaque crochet [ et chaque accolade { ouverts sont refermés au bon endroit");
                        }

                        // YamlDotNet registers the anchor when the block opens: from here on, an alias to it is a cycle.
                        sizes.Remove(start.Anchor);
                        open.Push((start.Anchor, values));
                        break;
                    case SequenceEnd or MappingEnd:
                        var (anchor, first) = open.Pop();
                        if (!anchor.IsEmpty)
                        {
                            sizes[anchor] = values - first + 1;
                        }

                        break;
                }

                if (values > MaxExpandedValues)
                {
                    return new YamlShapeProblem(current.Start,
                        "les alias (*nom) répètent plus de 100 000 valeurs",
                        "n'utilisez les ancres (&nom) et les alias (*nom) que pour de courtes répétitions, ou écrivez les valeurs elles-mêmes");
                }
            }
        }
        // TagName refuses an empty or non-URI tag (!<>, !!a+b) while the scanner still holds the tag token.
        catch (ArgumentException exception) when (scanner.Current is Tag tag)
        {
            return new YamlShapeProblem(tag.Start, $"l'étiquette « {Describe(tag)} » n'est pas valide [{exception.Message}]",
                "une valeur ne commence pas par « ! » : mettez le texte entre guillemets");
        }

        return null;
    }

    private static string Describe(Tag tag) => tag.Handle.Length == 0 ? $"!<{tag.Suffix}>" : $"{tag.Handle}{tag.Suffix}";
}
