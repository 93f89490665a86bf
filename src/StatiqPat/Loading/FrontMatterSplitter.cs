using System.Text.RegularExpressions;
using StatiqPat.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading;

/// <summary>Separates the YAML front matter (between two <c>---</c> lines) from the Markdown body and parses it.</summary>
public static partial class FrontMatterSplitter
{
    public static SheetFile? Split(string text, string relativePath, DiagnosticBag diagnostics)
    {
        // Walks the lines by index rather than splitting the file: on a large site, copying every line of every
        // sheet twice was a sixth of the loading stage's allocations.
        var lineEnd = LineEnd(text, 0);
        if (!IsFence(text, 0, lineEnd, allowDots: false))
        {
            diagnostics.Report(ErrorCodes.MissingFrontMatter, SourcePosition.StartOf(relativePath), "l'en-tête YAML est absent",
                "la première ligne du fichier doit être « --- », suivie des champs, puis d'une autre ligne « --- »");
            return null;
        }

        var yamlStart = Math.Min(lineEnd + 1, text.Length);
        var (closing, closingStart, closingEnd) = (1, yamlStart, -1);
        while (lineEnd < text.Length)
        {
            closingStart = lineEnd + 1;
            closingEnd = LineEnd(text, closingStart);
            if (IsFence(text, closingStart, closingEnd, allowDots: true))
            {
                break;
            }

            (lineEnd, closingEnd) = (closingEnd, -1);
            closing++;
        }

        if (closingEnd < 0)
        {
            diagnostics.Report(ErrorCodes.UnclosedFrontMatter, SourcePosition.StartOf(relativePath), "l'en-tête YAML n'est jamais refermé",
                "avez-vous oublié la ligne « --- » qui termine l'en-tête ?");
            return null;
        }

        // The front matter's lines without the line break before the closing fence; the body starts after it.
        var yaml = closingStart > yamlStart ? text[yamlStart..(closingStart - 1)] : "";
        var mapping = Parse(yaml, relativePath, diagnostics);
        if (mapping is null)
        {
            return null;
        }

        // Lines are counted at '\n' everywhere else; Markdig would also break at a lone '\r' (a stray control
        // character, old Mac endings) and number the body's lines past the end of the file.
        var body = closingEnd < text.Length ? WithoutLoneCarriageReturns(text[(closingEnd + 1)..]) : "";
        return new SheetFile(relativePath, mapping, body, closing + 1);
    }

    /// <summary>Index of the '\n' ending the line that starts at <paramref name="start"/>, or the text's length.</summary>
    private static int LineEnd(string text, int start)
    {
        var end = start < text.Length ? text.IndexOf('\n', start) : -1;
        return end < 0 ? text.Length : end;
    }

    /// <summary>A line that is « --- » (or « ... », which also closes a YAML document), trailing blanks allowed.</summary>
    private static bool IsFence(string text, int start, int end, bool allowDots)
    {
        var line = text.AsSpan(start, end - start).TrimEnd();
        return line is "---" || (allowDots && line is "...");
    }

    private static string WithoutLoneCarriageReturns(string text) =>
        text.Contains('\r') ? LoneCarriageReturn().Replace(text, " ") : text;

    /// <summary>Parses a YAML text that starts on line <paramref name="lineOffset"/> + 1 of its file.</summary>
    public static YamlMappingNode? Parse(string yaml, string relativePath, DiagnosticBag diagnostics, int lineOffset = 1)
    {
        // YamlDotNet, like Markdig, breaks lines at a lone '\r' too: as whitespace it keeps positions on '\n' lines.
        yaml = WithoutLoneCarriageReturns(yaml);

        // YamlDotNet places a tab error at the enclosing block; point at the tab itself, the usual editor slip.
        var (number, start) = (0, 0);
        while (start <= yaml.Length)
        {
            var end = LineEnd(yaml, start);
            var indentation = yaml.AsSpan(start, end - start);
            indentation = indentation[..(indentation.Length - indentation.TrimStart(" \t").Length)];
            if (indentation.IndexOf('\t') is var tab and >= 0)
            {
                diagnostics.Report(ErrorCodes.MalformedYaml, new SourcePosition(relativePath, number + 1 + lineOffset, tab + 1),
                    "YAML mal formé : une tabulation sert d'indentation", "indentez avec des espaces (deux par niveau), jamais avec la touche Tab");
                return null;
            }

            (number, start) = (number + 1, end + 1);
        }

        var stream = new YamlStream();
        try
        {
            if (YamlShapeGuard.Find(yaml) is { } problem)
            {
                var at = new SourcePosition(relativePath, (int)problem.Position.Line + lineOffset, (int)problem.Position.Column);
                diagnostics.Report(ErrorCodes.MalformedYaml, at, $"YAML mal formé : {problem.Message}", problem.Hint);
                return null;
            }

            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            // End is where the scanner stopped, i.e. at the offending character; Start is often the enclosing block.
            var position = new SourcePosition(relativePath, (int)exception.End.Line + lineOffset, (int)exception.End.Column);

            // At the end of a text without a final line break, YamlDotNet counts one line more than there is. A front
            // matter has its closing « --- » there, where an unclosed bracket is indeed noticed; a data file does not.
            var lines = yaml.Split('\n');
            var lastLine = lines.Length + lineOffset + (lineOffset > 0 ? 1 : 0);
            if (position.Line > lastLine)
            {
                position = new SourcePosition(relativePath, lastLine, lineOffset > 0 ? 1 : lines[^1].TrimEnd('\r').Length + 1);
            }

            diagnostics.Report(ErrorCodes.MalformedYaml, position, $"YAML mal formé : {Explain(exception)}",
                "vérifiez l'indentation (espaces, pas de tabulations) et mettez entre guillemets un texte qui contient « : » ou commence par « - »");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var line = stream.Documents.Count == 0 ? 1 : (int)stream.Documents[0].RootNode.Start.Line + lineOffset;
            diagnostics.Report(ErrorCodes.FrontMatterNotMapping, new SourcePosition(relativePath, line, 1), "l'en-tête YAML ne contient aucun champ",
                "écrivez un champ par ligne sous la forme « cle: valeur »");
            return null;
        }

        return mapping;
    }

    /// <summary>YamlDotNet speaks English; contributors get the gist in French and the original for searching.</summary>
    private static string Explain(YamlException exception)
    {
        var english = exception.InnerException?.Message ?? exception.Message;
        var french = english switch
        {
            _ when english.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) => "une clé est attendue à cet endroit",
            _ when english.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) => "un « : » inattendu dans une valeur",
            _ when english.Contains("invalid tab", StringComparison.OrdinalIgnoreCase) => "une tabulation sert d'indentation",
            _ when english.Contains("found character that cannot start any token", StringComparison.OrdinalIgnoreCase) => "caractère inattendu (tabulation ?)",
            _ when english.Contains("did not find expected", StringComparison.OrdinalIgnoreCase) =>
                "structure incomplète (guillemet, crochet ou tiret manquant ?)",
            _ when english.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) => "une clé apparaît deux fois",
            _ => "syntaxe incorrecte",
        };
        return $"{french} [{english.Trim()}]";
    }

    [GeneratedRegex("\r(?!\n)")]
    private static partial Regex LoneCarriageReturn();
}
