using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Routing;
using StatiqPat.Text;

namespace StatiqPat.Validation;

/// <summary>
/// Checks that need every sheet at once: duplicate slugs, references and body links to missing sheets,
/// nesting loops. Single-file checks (YAML, types, vocabulary, images) already ran while loading.
/// </summary>
public static class ContentValidator
{
    public static void Validate(SiteContent content, DiagnosticBag diagnostics)
    {
        var slugs = new Dictionary<ContentKind, HashSet<string>>
        {
            [ContentKind.Case] = UniqueSlugs(content.Cases.Select(c => (c.Slug, c.SourcePath)), diagnostics),
            [ContentKind.Tool] = UniqueSlugs(content.Tools.Select(t => (t.Slug, t.SourcePath)), diagnostics),
            [ContentKind.Territory] = UniqueSlugs(content.Territories.Select(t => (t.Slug, t.SourcePath)), diagnostics),
            [ContentKind.Page] = UniqueSlugs(content.Pages.Select(p => (p.Slug, p.SourcePath)), diagnostics),
        };

        foreach (var page in content.Pages.Where(p => Urls.Reserved.Contains(p.Slug)))
        {
            diagnostics.Report(ErrorCodes.ReservedAddress, SourcePosition.StartOf(page.SourcePath),
                $"l'adresse /{page.Slug}/ est réservée par le site", "choisissez un autre nom de fichier pour cette page");
        }

        foreach (var reference in FrontMatterReferences(content))
        {
            CheckExists(reference, slugs, ErrorCodes.MissingReference, diagnostics);
        }

        var bodies = content.Cases.Select(c => c.Body).Concat(content.Tools.Select(t => t.Body))
            .Concat(content.Territories.Select(t => t.Body)).Concat(content.Pages.Select(p => p.Body));
        foreach (var link in bodies.SelectMany(b => b.Links))
        {
            CheckExists(link, slugs, ErrorCodes.BrokenInternalLink, diagnostics);
        }

        NestingCheck.ReportLoops(content.Territories, diagnostics);
        FormerUrlCheck.Report(content, diagnostics);
        WorkshopCheck.Report(content, diagnostics);
    }

    private static HashSet<string> UniqueSlugs(IEnumerable<(string Slug, string Path)> sheets, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (slug, path) in sheets.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            if (!owners.TryAdd(slug, path))
            {
                diagnostics.Report(ErrorCodes.DuplicateSlug, SourcePosition.StartOf(path),
                    $"l'identifiant « {slug} » (et donc l'adresse de la page) est déjà pris par {owners[slug]}",
                    "renommez l'un des deux fichiers : l'identifiant vient du nom du fichier, accents et majuscules retirés");
            }
        }

        return owners.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<Reference> FrontMatterReferences(SiteContent content) =>
        content.Cases.SelectMany(c => c.Territories.Concat(c.Tools).Concat(c.Actors.Select(a => a.Territory).OfType<Reference>()))
            .Concat(content.Tools.SelectMany(t => t.RelatedTools))
            .Concat(content.Territories.SelectMany(t => t.Parents.Concat(t.Neighbours)))
            .Concat(content.Workshops.Sequences.SelectMany(s => s.Steps).SelectMany(s => s.Tools));

    private static void CheckExists(Reference reference, Dictionary<ContentKind, HashSet<string>> slugs, string code, DiagnosticBag diagnostics)
    {
        var known = slugs[reference.Kind];
        if (known.Contains(reference.Slug))
        {
            return;
        }

        var closest = Suggestions.Closest(reference.Slug, known.Order(StringComparer.Ordinal));
        var folder = $"input/{reference.Kind.Folder()}/{reference.Slug}.md";
        var hint = closest is null ? $"créez {folder} ou corrigez l'identifiant" : $"vouliez-vous dire « {closest} » ? sinon créez {folder}";
        diagnostics.Report(code, reference.Position, $"aucune fiche {reference.Kind.SingularLabel()} « {reference.Slug} »", hint);
    }
}
