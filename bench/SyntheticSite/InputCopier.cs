namespace SyntheticSite;

/// <summary>
/// Prepares the output folder from the real input folder: the three reference files, the tool sheets, and the
/// real case and territory sheets with their images (tools link to real cases, so those must exist too).
/// </summary>
public static class InputCopier
{
    private static readonly string[] ReferenceFiles = ["site.yml", "vocabulaire.yml", "geographie.yml"];
    private static readonly string[] SheetFolders = ["outils", "cas", "territoires"];
    private const string Images = "images";

    public static void Prepare(string input, string output)
    {
        var fullInput = Path.GetFullPath(input).TrimEnd(Path.DirectorySeparatorChar);
        var fullOutput = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (fullInput == fullOutput || fullInput.StartsWith(fullOutput + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"--out {output} would overwrite the real input folder {input}");
        }

        if (!Directory.Exists(fullInput))
        {
            throw new DirectoryNotFoundException($"input folder not found: {input}");
        }

        Directory.CreateDirectory(fullOutput);
        foreach (var folder in SheetFolders.Append(Images))
        {
            var target = Path.Combine(fullOutput, folder);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.CreateDirectory(target);
        }

        foreach (var file in ReferenceFiles)
        {
            File.Copy(Path.Combine(fullInput, file), Path.Combine(fullOutput, file), overwrite: true);
        }

        foreach (var folder in SheetFolders)
        {
            var source = Path.Combine(fullInput, folder);
            if (Directory.Exists(source))
            {
                foreach (var sheet in Directory.GetFiles(source, "*.md"))
                {
                    File.Copy(sheet, Path.Combine(fullOutput, folder, Path.GetFileName(sheet)));
                }
            }
        }

        var images = Path.Combine(fullInput, Images);
        if (Directory.Exists(images))
        {
            foreach (var image in Directory.GetFiles(images, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(fullOutput, Images, Path.GetRelativePath(images, image));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(image, target);
            }
        }
    }
}
