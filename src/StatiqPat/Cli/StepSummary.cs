using StatiqPat.Diagnostics;

namespace StatiqPat.Cli;

/// <summary>The full list of problems as a Markdown table, for the summary page of a GitHub Actions run.</summary>
public static class StepSummary
{
    public static string Render(IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = new System.Text.StringBuilder();
        text.Append("## Vérification des contenus\n\n");
        if (diagnostics.Count == 0)
        {
            text.Append("Aucune erreur : les fiches sont prêtes pour la relecture.\n");
            return text.ToString();
        }

        var files = diagnostics.Select(d => d.Position.Path).Distinct(StringComparer.Ordinal).Count();
        text.Append($"{CheckCommand.CountLine(diagnostics.Count, files)} Chaque ligne dit où corriger et comment ;"
            + " les codes sont expliqués dans docs/erreurs.md.\n\n");
        text.Append("| Fichier | Ligne | Colonne | Code | Problème | Conseil |\n");
        text.Append("|---|---:|---:|---|---|---|\n");
        foreach (var d in diagnostics)
        {
            text.Append($"| {Cell(d.Position.Path)} | {d.Position.Line} | {d.Position.Column} | {d.Code} | {Cell(d.Message)} | {Cell(d.Hint ?? "")} |\n");
        }

        return text.ToString();
    }

    // Messages quote the contributor's text and show Markdown examples (« **gras** », « ![…](…) »): every character
    // Markdown or the table could read as syntax is backslash-escaped, and line breaks would end the row.
    private const string Syntax = "\\`*_{}[]<>()#+-!|~&";

    private static string Cell(string value)
    {
        var cell = new System.Text.StringBuilder(value.Length + 8);
        foreach (var c in value.ReplaceLineEndings(" "))
        {
            if (Syntax.Contains(c, StringComparison.Ordinal))
            {
                cell.Append('\\');
            }

            cell.Append(c);
        }

        return cell.ToString();
    }
}
