using System.Text;
using System.Text.Json.Nodes;

namespace StatiqPat.Scaffolding;

/// <summary>
/// Writes the front matter of a new sheet: every key of the schema, each under a French comment saying what to
/// write, whether it is required, and which values are allowed. Unfilled keys stay blank, which the build reads as "not given".
/// </summary>
public static class FrontMatterTemplate
{
    private const int CommentWidth = 100;

    public static string Render(JsonObject sheetSchema, TemplateChoices choices)
    {
        var text = new StringBuilder("---\n");
        WriteKeys(text, sheetSchema, choices, indent: "", topLevel: true);
        text.Append("# Sous la ligne « --- » qui suit, écrivez le texte de la fiche en Markdown : intertitres commençant par « ## »,\n");
        text.Append("# liens vers d'autres fiches sous la forme [texte](cas:identifiant). Ni HTML, ni titre « # ».\n");
        text.Append("---\n");
        return text.ToString();
    }

    private static void WriteKeys(StringBuilder text, JsonObject objectSchema, TemplateChoices choices, string indent, bool topLevel)
    {
        foreach (var (key, wrapped, required) in SchemaNodes.Properties(objectSchema))
        {
            var schema = SchemaNodes.Unwrap(wrapped);
            var help = SchemaNodes.Description(wrapped);
            Comment(text, indent, $"{help} {(required ? "(obligatoire)" : "(facultatif)")}");
            WriteValue(text, key, schema, choices, indent, topLevel && choices.Prefilled.TryGetValue(key, out var value) ? value : null);
        }
    }

    private static void WriteValue(StringBuilder text, string key, JsonObject schema, TemplateChoices choices, string indent, string? value)
    {
        switch (SchemaNodes.Type(schema))
        {
            case "array":
                WriteList(text, key, SchemaNodes.Unwrap(schema["items"]!.AsObject()), choices, indent);
                return;
            case "object":
                text.Append($"{indent}{key}:\n");
                WriteKeys(text, schema, choices, indent + "  ", topLevel: false);
                return;
        }

        if (SchemaNodes.IsYesNo(schema))
        {
            Comment(text, indent, "Répondez oui ou non.");
        }
        else if (SchemaNodes.Choices(schema) is { } allowed)
        {
            Comment(text, indent, "Une valeur parmi : " + string.Join(", ", allowed.Select(c => $"{c.Value} ({c.Label})")));
        }
        else
        {
            ReferenceChoices(text, indent, schema, choices, "L'identifiant d'une fiche existante : ");
        }

        text.Append(value is null ? $"{indent}{key}:\n" : $"{indent}{key}: {value}\n");
    }

    private static void WriteList(StringBuilder text, string key, JsonObject item, TemplateChoices choices, string indent)
    {
        if (SchemaNodes.Type(item) == "object")
        {
            Comment(text, indent, "Un bloc par élément, chacun commençant par « - » ; copiez le bloc pour en ajouter un.");
            text.Append($"{indent}{key}:\n");
            var itemText = new StringBuilder();
            WriteKeys(itemText, item, choices, indent + "    ", topLevel: false);

            // The first key of the block carries the list dash: "  - nom:" then "    niveau:" below it.
            var lines = itemText.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var first = Array.FindIndex(lines, l => !l.TrimStart().StartsWith('#'));
            for (var i = 0; i < lines.Length; i++)
            {
                text.Append(i == first ? $"{indent}  - {lines[i][(indent.Length + 4)..]}\n" : $"{lines[i]}\n");
            }

            return;
        }

        if (SchemaNodes.Choices(item) is { } allowed)
        {
            Comment(text, indent, "Une ou plusieurs valeurs, une par ligne précédée de « - », parmi : "
                + string.Join(", ", allowed.Select(c => $"{c.Value} ({c.Label})")));
        }
        else if (!ReferenceChoices(text, indent, item, choices, "Un ou plusieurs identifiants, un par ligne précédé de « - », parmi : "))
        {
            Comment(text, indent, "Un élément par ligne, précédé de « - ».");
        }

        text.Append($"{indent}{key}:\n");
    }

    private static bool ReferenceChoices(StringBuilder text, string indent, JsonObject schema, TemplateChoices choices, string lead)
    {
        if (SchemaNodes.ReferenceFolder(schema) is not { } folder)
        {
            return false;
        }

        var slugs = choices.ExistingSlugs.TryGetValue(folder, out var found) ? found : [];
        Comment(text, indent, slugs.Count == 0
            ? $"L'identifiant d'une fiche de input/{folder}/ (le nom du fichier sans .md) ; il n'y en a pas encore."
            : lead + string.Join(", ", slugs) + $" (fichiers de input/{folder}/).");
        return true;
    }

    /// <summary>Wraps long comments (101 départements) at word boundaries, every line starting with "# ".</summary>
    private static void Comment(StringBuilder text, string indent, string sentence)
    {
        var line = new StringBuilder();
        foreach (var word in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && indent.Length + 2 + line.Length + 1 + word.Length > CommentWidth)
            {
                text.Append($"{indent}# {line}\n");
                line.Clear();
            }

            line.Append(line.Length == 0 ? word : " " + word);
        }

        text.Append($"{indent}# {line}\n");
    }
}
