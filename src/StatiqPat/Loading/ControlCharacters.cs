using System.Globalization;
using StatiqPat.Diagnostics;

namespace StatiqPat.Loading;

/// <summary>
/// Invisible characters a reviewer cannot see in a pull request: control characters, which YAML and Markdown read
/// in their own ways, and the direction overrides that can show text in another order than it is stored (« Trojan
/// Source »). Tab and line breaks are text. One report per line, a few lines per file: a binary file would give thousands.
/// </summary>
public static class ControlCharacters
{
    private const int MostReported = 10;

    /// <summary>Reports each line holding one; true when the text has any, so the file is not read further.</summary>
    public static bool Report(string text, string path, DiagnosticBag diagnostics)
    {
        var line = 1;
        var lineStart = 0;
        var reportedLine = 0;
        var reported = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (!IsHidden(c) || reportedLine == line)
            {
                continue;
            }

            reportedLine = line;
            if (++reported > MostReported)
            {
                continue;
            }

            var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            var what = IsDirection(c) ? "un caractère invisible qui inverse le sens d'écriture" : "un caractère de contrôle invisible";
            diagnostics.Report(ErrorCodes.ControlCharacter, new SourcePosition(path, line, i - lineStart + 1), $"{what} (U+{code}) est dans le texte",
                "supprimez-le (il arrive souvent par un copier-coller depuis un PDF ou un traitement de texte) : "
                + "il ne s'affiche pas et peut cacher le vrai texte à la relecture");
        }

        if (reported > MostReported)
        {
            diagnostics.Report(ErrorCodes.ControlCharacter, new SourcePosition(path, line, 1),
                $"{reported - MostReported} autres lignes contiennent des caractères invisibles",
                "est-ce bien un fichier texte ? Enregistrez-le en UTF-8 depuis un éditeur de texte");
        }

        return reported > 0;
    }

    private static bool IsHidden(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' || IsDirection(c);

    private static bool IsDirection(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
