using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqPat.Content;
using StatiqPat.Diagnostics;

namespace StatiqPat.Loading.Markdown;

/// <summary>
/// Parses a sheet's Markdown body into HTML and the list of what it links to, refusing what a
/// pull request must not bring in: raw HTML, remote images, a second page title.
/// </summary>
public sealed partial class BodyParser(MarkdownPipeline pipeline)
{
    public MarkdownBody Parse(string markdown, string path, int lineOffset, int headingShift, InputPaths input, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        SourcePosition At(MarkdownObject node) => new(path, node.Line + 1 + lineOffset, node.Column + 1);

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    diagnostics.Report(ErrorCodes.RawHtml, At(node), "le HTML brut n'est pas accepté dans les fiches",
                        "écrivez en Markdown : **gras**, [lien](adresse), listes avec « - »");
                    break;
                case CustomContainer { Info: var kind } when kind != EditorialAdviceExtension.Kind:
                    diagnostics.Report(ErrorCodes.UnknownBlock, At(node), $"le bloc « ::: {kind} » est inconnu",
                        $"le seul bloc accepté est « ::: {EditorialAdviceExtension.Kind} », pour un conseil que les sources ne donnent pas ; "
                        + "fermez-le par une ligne « ::: »");
                    break;
                case HeadingBlock { Level: 1 }:
                    diagnostics.Report(ErrorCodes.HeadingLevelOne, At(node), "un titre de niveau 1 (« # ») est réservé au titre de la fiche",
                        "commencez les intertitres par « ## »");
                    break;
            }
        }

        var links = new List<Reference>();
        var images = new List<ImageUse>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            Inspect(link, At(link), input, links, images, diagnostics);
        }

        // « <javascript:…> » is an autolink, not a link: its address is checked the same way.
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !a.IsEmail))
        {
            ReportUnsafe(autolink.Url, At(autolink), diagnostics);
        }

        // A sheet wraps its body in a section headed by an h2, so there the body's "##" becomes an h3.
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + headingShift);
        }

        return new MarkdownBody(document.ToHtml(pipeline), links, images);
    }

    private static void Inspect(
        LinkInline link, SourcePosition position, InputPaths input, List<Reference> links, List<ImageUse> images, DiagnosticBag diagnostics)
    {
        if (link.IsImage)
        {
            var alt = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
            if (link.GetData(typeof(ImagePath)) is ImagePath local)
            {
                images.Add(new ImageUse(local.Path, alt, position));
                if (ImageReferences.Problem(local.Path, position, input) is { } problem)
                {
                    diagnostics.Add(problem);
                }
            }
            else
            {
                diagnostics.Report(ErrorCodes.RemoteImage, position, $"l'image « {link.Url} » est hébergée sur un autre site",
                    "le site ne charge rien d'ailleurs : déposez l'image dans input/images/ et écrivez images/nom.jpg");
            }

            if (alt.Length == 0)
            {
                diagnostics.Report(ErrorCodes.MissingAltText, position, "l'image n'a pas de texte alternatif",
                    "décrivez l'image entre les crochets : ![ce que montre l'image](images/nom.jpg)");
            }

            return;
        }

        if (link.GetData(typeof(InternalLinkTarget)) is InternalLinkTarget target)
        {
            if (target.Kind is { } kind)
            {
                links.Add(new Reference(kind, target.Slug, position));
            }
            else if (!SlugLike().IsMatch(target.Slug))
            {
                // « javascript:alert(1) » has our links' shape, but nobody meant a sheet by it.
                ReportUnsafe(link.Url ?? "", position, diagnostics);
            }
            else
            {
                diagnostics.Report(ErrorCodes.BrokenInternalLink, position, $"le préfixe de lien « {target.Prefix}: » est inconnu",
                    "utilisez cas:, outil:, territoire: ou page: suivi de l'identifiant");
            }

            return;
        }

        var url = link.Url ?? "";
        if (ReportUnsafe(url, position, diagnostics))
        {
            return;
        }

        if (!InternalLinkExtension.IsRemote(url) && url.Split('#')[0].EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var slug = Path.GetFileNameWithoutExtension(url.Split('#')[0]);
            var folder = Path.GetFileName(Path.GetDirectoryName(url.Split('#')[0]) ?? "");
            var prefix = folder switch { "outils" => "outil", "territoires" => "territoire", _ => "cas" };
            diagnostics.Report(ErrorCodes.RelativeMarkdownLink, position, $"le lien « {url} » vise un fichier et non une page du site",
                $"écrivez ({prefix}:{slug})");
        }
    }

    /// <summary>An address with another scheme than web, mail or phone (javascript:, data:, file:…) is refused.</summary>
    private static bool ReportUnsafe(string url, SourcePosition position, DiagnosticBag diagnostics)
    {
        if (LinkSchemes.Of(url) is not { } scheme || LinkSchemes.Outgoing.Contains(scheme))
        {
            return false;
        }

        diagnostics.Report(ErrorCodes.UnsafeLink, position, $"l'adresse en « {scheme}: » n'est pas acceptée dans un lien",
            "un lien mène à une page web (https://…), une adresse mail (mailto:…), un téléphone (tel:…) "
            + "ou une fiche du site (cas:, outil:, territoire:, page:)");
        return true;
    }

    [GeneratedRegex("^[a-z0-9-]*$")]
    private static partial Regex SlugLike();
}
