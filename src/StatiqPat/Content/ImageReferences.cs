using StatiqPat.Diagnostics;

namespace StatiqPat.Content;

/// <summary>The one rule for an image path written in a sheet, in its front matter or its body.</summary>
public static class ImageReferences
{
    private const string Where = "déposez le fichier dans input/images/ et écrivez images/nom.jpg";

    /// <summary>The problem with the path, or null when it names a file of <c>input/images/</c>.</summary>
    public static Diagnostic? Problem(string path, SourcePosition position, InputPaths input)
    {
        if (!InputPaths.IsImagePath(path))
        {
            return new Diagnostic(ErrorCodes.ImageOutsideFolder, position,
                $"le chemin d'image « {path} » ne désigne pas un fichier du dossier input/images/",
                $"le chemin part du dossier input/ : {Where}, sans « .. » ni adresse en data: ou javascript:");
        }

        return input.ImageExists(path)
            ? null
            : new Diagnostic(ErrorCodes.MissingImage, position, $"l'image « {path} » est introuvable",
                "le chemin part du dossier input/ : " + Where);
    }
}
