using StatiqPat.Content;
using StatiqPat.Diagnostics;

namespace StatiqPat.Loading;

/// <summary>
/// Walks the input folder one level at a time, asking each entry what it is without following it. A pull request
/// can carry a symbolic link (git stores them): followed, it would publish the build machine's files. So links,
/// pipes and devices are listed as refused, reported, and never opened; nothing else of the build lists folders.
/// </summary>
public static class InputScanner
{
    public static InputFiles Scan(string root)
    {
        var files = new List<string>();
        var refused = new List<RefusedEntry>();
        if (Directory.Exists(root))
        {
            Walk(root, "", files, refused);
        }

        return new InputFiles(files, refused);
    }

    /// <summary>One line per refused entry, at <c>path:1:1</c>; the message never names where a link points.</summary>
    public static void Report(InputFiles files, InputPaths paths, DiagnosticBag diagnostics)
    {
        foreach (var entry in files.Refused)
        {
            var position = SourcePosition.StartOf(paths.Display(paths.Full(entry.Path)));
            switch (entry.Kind)
            {
                case FileKind.SymbolicLink:
                    diagnostics.Report(ErrorCodes.NotRegularFile, position,
                        "c'est un lien symbolique : la construction ne suit aucun lien, ni vers un fichier ni vers un dossier",
                        "remplacez le lien par le fichier lui-même (une copie enregistrée dans input/), ou retirez-le du dépôt");
                    break;
                case FileKind.Unreadable:
                    diagnostics.Report(ErrorCodes.UnreadableFile, position, "dossier illisible : la construction n'a pas le droit d'en lister le contenu",
                        "donnez le droit de lecture sur ce dossier (chmod a+rx), ou retirez-le de input/");
                    break;
                default:
                    diagnostics.Report(ErrorCodes.NotRegularFile, position,
                        "ce n'est pas un fichier ordinaire (tube, socket ou périphérique) : la construction ne lit que des fichiers",
                        "retirez-le du dossier input/");
                    break;
            }
        }
    }

    private static void Walk(string folder, string prefix, List<string> files, List<RefusedEntry> refused)
    {
        string[] entries;
        try
        {
            // Hidden entries too (AttributesToSkip = 0): a link named « .x » must be refused like any other.
            entries = Directory.GetFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0, RecurseSubdirectories = false });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            refused.Add(new RefusedEntry(prefix.TrimEnd('/'), FileKind.Unreadable));
            return;
        }

        foreach (var entry in entries)
        {
            var relative = prefix + Path.GetFileName(entry);
            switch (FileKinds.Of(entry))
            {
                case FileKind.Directory:
                    Walk(entry, relative + "/", files, refused);
                    break;
                case FileKind.Regular:
                    files.Add(relative);
                    break;
                case FileKind.Missing:
                    // Deleted between the listing and the question (an editor's temporary file): nothing to read.
                    break;
                case var kind:
                    refused.Add(new RefusedEntry(relative, kind));
                    break;
            }
        }
    }
}
