using StatiqPat.Diagnostics;
using YamlDotNet.Core;

namespace StatiqPat.Loading;

/// <summary>
/// Reading one file must never stop the others from being checked: an exception nobody anticipated becomes a
/// PAT007 line at that file, at the position the YAML reader gives when it gives one.
/// </summary>
public static class ReadFailures
{
    public const string Hint =
        "le générateur aurait dû expliquer ce problème : merci de signaler cette ligne aux mainteneurs du site (voir CONTRIBUTING.md)";

    /// <param name="lineOffset">Lines before the YAML starts in the file, to turn a YAML position into a file position.</param>
    public static T? Guard<T>(string displayPath, int lineOffset, DiagnosticBag diagnostics, Func<T?> read)
    {
        try
        {
            return read();
        }
        // Out of memory, the process cannot be trusted to check anything else: stop, naming the file.
        catch (OutOfMemoryException exception)
        {
            throw new InputFileException(displayPath, exception);
        }
        catch (Exception exception)
        {
            diagnostics.Report(ErrorCodes.ReadFailure, PositionOf(exception, displayPath, lineOffset),
                $"erreur interne en lisant ce fichier : {ExceptionText.OneLine(exception)}", Hint);
            return default;
        }
    }

    private static SourcePosition PositionOf(Exception exception, string displayPath, int lineOffset)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is YamlException yaml && !yaml.Start.Equals(Mark.Empty))
            {
                return new SourcePosition(displayPath, Math.Max(1, (int)yaml.Start.Line + lineOffset), Math.Max(1, (int)yaml.Start.Column));
            }
        }

        return SourcePosition.StartOf(displayPath);
    }
}
