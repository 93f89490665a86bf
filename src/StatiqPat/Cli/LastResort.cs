using System.CommandLine;
using StatiqPat.Diagnostics;

namespace StatiqPat.Cli;

/// <summary>
/// What a contributor sees when the tool itself fails: one French line saying what broke and whom to tell,
/// exit code 70 (EX_SOFTWARE, "internal error"), and the .NET stack trace only on request. The site on disk is
/// never the worse for it: <c>build</c> writes into a staging folder that is dropped when it is not swapped in.
/// </summary>
public static class LastResort
{
    public const int ExitCode = 70;

    public const string VerboseVariable = "STATIQPAT_VERBEUX";

    /// <summary>Global: accepted before or after any command, so a failing command line only needs it appended.</summary>
    public static readonly Option<bool> Verbose = new("--verbeux")
    {
        Description = $"En cas d'erreur interne, affiche aussi le détail technique (ou {VerboseVariable}=1)",
        Recursive = true,
    };

    /// <summary>Runs the parsed command, System.CommandLine's own handler (which prints the stack trace) switched off.</summary>
    public static Task<int> InvokeAsync(ParseResult parse, TextWriter errors, Func<string, string?> environment) =>
        RunAsync(() => parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }), errors,
            parse.GetValue(Verbose) || environment(VerboseVariable) is "1");

    public static async Task<int> RunAsync(Func<Task<int>> command, TextWriter errors, bool verbose)
    {
        try
        {
            return await command();
        }
        catch (Exception exception)
        {
            errors.WriteLine(Line(exception, verbose));
            if (verbose)
            {
                errors.WriteLine(exception);
            }

            return ExitCode;
        }
    }

    /// <summary>Names the input file when the failure happened while reading one.</summary>
    public static string Line(Exception exception, bool verbose = false)
    {
        var where = FileOf(exception) is { } path ? $" en lisant {path}" : "";
        var more = verbose ? "" : " ; relancez avec --verbeux pour le détail technique";
        return $"erreur interne{where}: {ExceptionText.OneLine(exception)}, merci de le signaler aux mainteneurs du site (voir CONTRIBUTING.md){more}";
    }

    private static string? FileOf(Exception? exception) => exception switch
    {
        null => null,
        InputFileException file => file.Path,
        AggregateException aggregate => aggregate.InnerExceptions.Select(FileOf).FirstOrDefault(p => p is not null),
        _ => FileOf(exception.InnerException),
    };
}
