using System.Text;
using StatiqPat.Diagnostics;

namespace StatiqPat.Loading;

/// <summary>
/// Reads input files as strict UTF-8: a file saved in Latin-1 by an old editor is reported, never garbled; one holding
/// invisible control characters is reported and not read further.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        // A file the build may not read (permissions) is the contributor's machine's problem, told like any other.
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(ErrorCodes.UnreadableFile, SourcePosition.StartOf(relativePath), $"fichier illisible : {exception.Message}");
            return null;
        }

        try
        {
            var text = Strict.GetString(bytes);
            text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
            return ControlCharacters.Report(text, relativePath, diagnostics) ? null : text;
        }
        catch (DecoderFallbackException exception)
        {
            var badByte = Math.Max(0, exception.Index);
            var line = 1 + bytes.Take(badByte).Count(b => b == (byte)'\n');
            diagnostics.Report(ErrorCodes.NotUtf8, new SourcePosition(relativePath, line, 1), "le fichier n'est pas encodé en UTF-8",
                "enregistrez-le en UTF-8 depuis votre éditeur (Fichier > Enregistrer avec l'encodage > UTF-8)");
            return null;
        }
    }
}
