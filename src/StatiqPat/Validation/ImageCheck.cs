using System.Globalization;
using StatiqPat.Content;
using StatiqPat.Diagnostics;

namespace StatiqPat.Validation;

/// <summary>
/// Every file of <c>input/images/</c> is an image of a supported format whose bytes match its extension, under the
/// size limit, and an SVG is a plain drawing. A valid image no sheet shows is a warning: it is not published.
/// </summary>
public static class ImageCheck
{
    /// <summary>1 Mo: a photo 1,600 pixels wide saved as JPEG at quality 80 weighs a few hundred kilobytes.</summary>
    public const long MaxBytes = 1024 * 1024;

    public static readonly IReadOnlyList<string> Extensions = [".jpg", ".jpeg", ".png", ".webp", ".svg"];

    private const string Formats = "JPEG (.jpg, .jpeg), PNG (.png), WebP (.webp) ou SVG (.svg)";

    public static void Run(SiteContent content, InputPaths paths, DiagnosticBag diagnostics)
    {
        var used = SiteImages.Used(content);
        foreach (var file in paths.Files?.Under(InputPaths.Images) ?? [])
        {
            var display = paths.Display(paths.Full(file));
            if (Problem(paths.Full(file), display) is { } problem)
            {
                diagnostics.Add(problem);
            }
            else if (!used.Contains(file))
            {
                diagnostics.Warn(ErrorCodes.UnusedImage, SourcePosition.StartOf(display), "aucune fiche ne montre cette image : elle n'est pas publiée",
                    "insérez-la dans une fiche (![description](" + file + ")), ou retirez-la du dépôt");
            }
        }
    }

    private static Diagnostic? Problem(string full, string display)
    {
        var start = SourcePosition.StartOf(display);
        var extension = Path.GetExtension(full).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            return new Diagnostic(ErrorCodes.UnsupportedImage, start, $"ce fichier n'est pas une image d'un format accepté : {Formats}",
                "convertissez-la en JPEG (photo) ou en PNG (schéma) ; input/images/ ne contient que des images");
        }

        var length = new FileInfo(full).Length;
        if (length > MaxBytes)
        {
            return new Diagnostic(ErrorCodes.ImageTooLarge, start,
                $"l'image pèse {(length / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',')} Mo, "
                + "au-delà de la limite de 1 Mo par image",
                "réduisez-la à 1 600 pixels de large au plus et enregistrez-la en JPEG de qualité 80 environ, "
                + "ou en WebP (GIMP : Image > Échelle et taille, puis Fichier > Exporter)");
        }

        var bytes = File.ReadAllBytes(full);
        if (extension == ".svg")
        {
            return SvgCheck.Problem(bytes, display);
        }

        return Matches(bytes, extension)
            ? null
            : new Diagnostic(ErrorCodes.UnsupportedImage, start,
                $"le contenu de ce fichier n'est pas une image {extension.TrimStart('.').ToUpperInvariant()}, malgré son extension",
                "ouvrez-la dans un logiciel d'images et enregistrez-la au format que dit son extension");
    }

    /// <summary>The format's signature at the start of the file (its « magic number »).</summary>
    private static bool Matches(ReadOnlySpan<byte> bytes, string extension) => extension switch
    {
        ".jpg" or ".jpeg" => bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ".png" => bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ".webp" => bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8),
        _ => false,
    };
}
