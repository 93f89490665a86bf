using StatiqPat.Content;

namespace SyntheticSite;

/// <summary>
/// Prepares the output folder from the real input folder: every data file the generator's loader reads
/// (<see cref="InputPaths.DataFiles"/>), every sheet folder it reads (cases, tools, territories, editorial pages) and
/// the images. The real sheets stay because tools, workshops and pages link to them. Both lists are the generator's
/// own, so a reference file or a kind of sheet added to it reaches the benchmark without a change here.
/// </summary>
public static class InputCopier
{
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

        var sheetFolders = Enum.GetValues<ContentKind>().Select(kind => kind.Folder()).ToList();
        Directory.CreateDirectory(fullOutput);
        foreach (var folder in sheetFolders.Append(InputPaths.Images))
        {
            var target = Path.Combine(fullOutput, folder);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.CreateDirectory(target);
        }

        // Optional files (sources, thesaurus, workshops) are copied when the real site has them; a stale copy goes.
        foreach (var file in InputPaths.DataFiles)
        {
            var source = Path.Combine(fullInput, file);
            var target = Path.Combine(fullOutput, file);
            if (File.Exists(source))
            {
                File.Copy(source, target, overwrite: true);
            }
            else
            {
                File.Delete(target);
            }
        }

        foreach (var folder in sheetFolders)
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

        var images = Path.Combine(fullInput, InputPaths.Images);
        if (Directory.Exists(images))
        {
            foreach (var image in Directory.GetFiles(images, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(fullOutput, InputPaths.Images, Path.GetRelativePath(images, image));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(image, target);
            }
        }
    }
}
