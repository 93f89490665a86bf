using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;
using StatiqPat.Scaffolding;

namespace StatiqPat.Cli;

/// <summary>The <c>new</c> command: writes a new sheet from the title, every field present and explained. Never overwrites.</summary>
public static class NewCommand
{
    public static int Run(string kindWord, string title, string inputFolder, DateOnly today, TextWriter output, TextWriter errors)
    {
        if (!NewSheet.Kinds.TryGetValue(kindWord, out var kind))
        {
            errors.WriteLine($"erreur : « {kindWord} » n'est pas un type de fiche (choisissez cas, outil ou territoire)");
            return 1;
        }

        var slug = NewSheet.Slug(title);
        if (slug.Length == 0)
        {
            errors.WriteLine("erreur : le titre ne contient ni lettre ni chiffre (donnez un titre, entre guillemets : new cas \"Mon cas\")");
            return 1;
        }

        var paths = new InputPaths(inputFolder);
        if (!Directory.Exists(paths.Root))
        {
            errors.WriteLine($"erreur : le dossier d'entrée {inputFolder} est introuvable (corrigez le dossier donné avec --entree, "
                + "ou lancez ./statiqpat, qui trouve input/ depuis n'importe quel dossier du dépôt)");
            return 1;
        }

        // The whole input is read so the template can offer the existing territories and tools, and a tool its number.
        var diagnostics = new DiagnosticBag();
        var content = new InputLoader(paths, MarkdownPipelineFactory.Create(), diagnostics).Load();
        var relative = NewSheet.RelativePath(kind, slug);
        var target = paths.Full(relative);
        var taken = kind switch
        {
            ContentKind.Case => content.Cases.Select(c => c.Slug),
            ContentKind.Tool => content.Tools.Select(t => t.Slug),
            _ => content.Territories.Select(t => t.Slug),
        };
        if (File.Exists(target) || taken.Contains(slug, StringComparer.Ordinal))
        {
            errors.WriteLine($"erreur : la fiche {paths.Display(target)} existe déjà ; elle n'a pas été modifiée "
                + "(ouvrez-la pour la compléter, ou choisissez un autre titre)");
            return 1;
        }

        var existing = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [ContentKind.Territory.Folder()] = content.Territories.Select(t => t.Slug).Order(StringComparer.Ordinal).ToList(),
            [ContentKind.Tool.Folder()] = content.Tools.Select(t => t.Slug).Order(StringComparer.Ordinal).ToList(),
            [ContentKind.Case.Folder()] = content.Cases.Select(c => c.Slug).Order(StringComparer.Ordinal).ToList(),
        };
        int? nextNumber = content.Tools.Count == 0 ? 1 : content.Tools.Max(t => t.Number) + 1;
        var text = NewSheet.Render(kind, title.Trim(), today, content.Vocabulary, existing, nextNumber);

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using (var file = new FileStream(target, FileMode.CreateNew))
        using (var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(text);
        }

        output.WriteLine($"Fiche créée : {paths.Display(target)}");
        output.WriteLine("Remplissez les champs (les commentaires « # » disent quoi écrire), puis vérifiez avec la commande verifier.");
        return 0;
    }
}
