using System.Net;
using System.Text;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Routing;

namespace StatiqPat.Serving;

/// <summary>
/// The banner <c>servir</c> puts at the top of every page while the last edit does not build: each problem exactly
/// as <c>verifier</c> prints it, linked to the sheet's page when the served site has one.
/// </summary>
public static class ProblemBanner
{
    public static string Render(IReadOnlyList<Diagnostic> problems, string servedFolder)
    {
        var count = problems.Count;
        var html = new StringBuilder()
            .Append("<section class=\"statiqpat-problemes\" role=\"alert\" aria-labelledby=\"statiqpat-problemes-titre\">")
            .Append("<h2 id=\"statiqpat-problemes-titre\" tabindex=\"-1\">")
            .Append(CultureInvariant($"La dernière modification ne se construit pas : {count} erreur{(count > 1 ? "s" : "")}"))
            .Append("</h2><p>Cette page est celle de la dernière construction réussie. Corrigez puis enregistrez : la page se recharge seule.</p><ul>");
        foreach (var problem in problems)
        {
            var text = $"<code>{WebUtility.HtmlEncode(problem.ToString())}</code>";
            html.Append("<li>")
                .Append(PageOf(problem.Position.Path, servedFolder) is { } page ? $"<a href=\"{WebUtility.HtmlEncode(page)}\">{text}</a>" : text)
                .Append("</li>");
        }

        return html.Append("</ul></section>").ToString();
    }

    /// <summary>The address of the page built from a sheet (<c>input/cas/x.md</c> → <c>/cas/x/</c>), when the served site has it.</summary>
    public static string? PageOf(string sheet, string servedFolder)
    {
        var parts = sheet.Replace('\\', '/').Split('/');
        if (parts.Length < 2 || !parts[^1].EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        var slug = parts[^1][..^3];
        var kind = Enum.GetValues<ContentKind>().Where(k => k.Folder() == parts[^2]).Select(k => (ContentKind?)k).FirstOrDefault();
        return kind is { } known && Urls.Of(known, slug) is var url && File.Exists(Path.Combine(servedFolder, Urls.FileOf(url))) ? url : null;
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
