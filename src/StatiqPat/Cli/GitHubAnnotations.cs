using StatiqPat.Diagnostics;

namespace StatiqPat.Cli;

/// <summary>
/// Workflow commands that make GitHub show a problem on the file and line of a pull request.
/// GitHub keeps only the first ten error annotations of a step, so past the cap one notice points to the summary,
/// and the ten are spread over the files: each file's first problem before any file's second.
/// </summary>
public static class GitHubAnnotations
{
    public const int DefaultCap = 10;

    public static void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output, int cap = DefaultCap)
    {
        var spread = diagnostics
            .Select((diagnostic, order) => (diagnostic, order))
            .GroupBy(d => d.diagnostic.Position.Path, StringComparer.Ordinal)
            .SelectMany(file => file.Select((d, rank) => (d.diagnostic, d.order, rank)))
            .OrderBy(d => d.rank)
            .ThenBy(d => d.order)
            .Take(cap)
            .OrderBy(d => d.order)
            .Select(d => d.diagnostic);
        foreach (var diagnostic in spread)
        {
            output.WriteLine(Format(diagnostic));
        }

        var rest = diagnostics.Count - cap;
        if (rest > 0)
        {
            output.WriteLine($"::notice title=StatiqPat verifier::{rest} autre{(rest > 1 ? "s" : "")} erreur{(rest > 1 ? "s" : "")}"
                + " : la liste complète est dans le résumé de l'étape");
        }
    }

    public static string Format(Diagnostic diagnostic)
    {
        var position = diagnostic.Position;
        var text = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} ({diagnostic.Hint})";
        return $"::{(diagnostic.IsWarning ? "warning" : "error")} file={Property(position.Path)},line={position.Line},col={position.Column}"
            + $",title={Property(diagnostic.Code)}::{Data(text)}";
    }

    // Escaping rules of GitHub's workflow commands: the message may not hold raw line breaks or '%',
    // and property values may not hold ':' or ',' either.
    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
