using System.Text.Json.Nodes;
using StatiqPat.Content;
using StatiqPat.Definitions;
using StatiqPat.Fields;
using StatiqPat.Text;

namespace StatiqPat.Scaffolding;

/// <summary>A new sheet's file: where it goes (slug from the title) and its template text. Pure: the command does the disk.</summary>
public static class NewSheet
{
    /// <summary>The kinds a contributor can create, by the French word typed on the command line.</summary>
    public static readonly IReadOnlyDictionary<string, ContentKind> Kinds = new Dictionary<string, ContentKind>(StringComparer.Ordinal)
    {
        ["cas"] = ContentKind.Case,
        ["outil"] = ContentKind.Tool,
        ["territoire"] = ContentKind.Territory,
    };

    public static string Slug(string title) => Slugs.From(title);

    public static string RelativePath(ContentKind kind, string slug) => $"{kind.Folder()}/{slug}.md";

    public static string Render(ContentKind kind, string title, DateOnly today, Vocabulary vocabulary,
        IReadOnlyDictionary<string, IReadOnlyList<string>> existingSlugs, int? nextToolNumber)
    {
        var prefilled = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [kind == ContentKind.Territory ? "nom" : "titre"] = Quote(title),
            ["ajoute_le"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (kind == ContentKind.Tool && nextToolNumber is { } number)
        {
            prefilled["numero"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return FrontMatterTemplate.Render(Schema(kind, new SchemaContext(vocabulary, ForEditors: true)),
            new TemplateChoices(prefilled, existingSlugs));
    }

    public static JsonObject Schema(ContentKind kind, SchemaContext context) => kind switch
    {
        ContentKind.Case => CaseFields.Sheet.Describe(context),
        ContentKind.Tool => ToolFields.Sheet.Describe(context),
        ContentKind.Territory => TerritoryFields.Profile.Describe(context),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // Double quotes keep a title with « : », « # » or a leading dash a plain text for YAML.
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
