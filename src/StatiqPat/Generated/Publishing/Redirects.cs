using System.Text;
using StatiqPat.Content;
using StatiqPat.Output;
using StatiqPat.Rendering;
using StatiqPat.Theme.Models;

namespace StatiqPat.Generated.Publishing;

/// <summary>
/// Former addresses keep working: Netlify answers them with a 301 from <c>_redirects</c>; elsewhere a page
/// at the old address refreshes to the new one.
/// </summary>
public static class Redirects
{
    public static IReadOnlyList<(string From, string To, string Title)> All(SiteContent content) =>
        content.Cases.SelectMany(c => c.FormerUrls.Select(f => (f.Path, Urls.Case(c.Slug), c.Title)))
            .Concat(content.Tools.SelectMany(t => t.FormerUrls.Select(f => (f.Path, Urls.Tool(t.Slug), t.Title))))
            .Concat(content.Territories.SelectMany(t => t.FormerUrls.Select(f => (f.Path, Urls.Territory(t.Slug), t.Name))))
            .Concat(content.Pages.SelectMany(p => p.FormerUrls.Select(f => (f.Path, Urls.Of(ContentKind.Page, p.Slug), p.Title))))
            .OrderBy(r => r.Item1, StringComparer.Ordinal)
            .ToList();

    public static IEnumerable<SitePage> Pages(PageContext context) =>
        All(context.Index.Content).Select(r => new SitePage(r.From, new RedirectPageModel
        {
            Frame = context.Frame(r.Title, $"Nouvelle adresse de « {r.Title} ».", r.To, Section.None),
            Target = r.To,
        }));

    public static IReadOnlyList<OutputFile> File(SiteContent content)
    {
        var redirects = All(content);
        if (redirects.Count == 0)
        {
            return [];
        }

        var text = new StringBuilder("# Généré depuis « anciennes_adresses » des fiches : ne pas modifier à la main.\n");
        foreach (var (from, to, _) in redirects)
        {
            text.Append(from).Append(' ').Append(to).Append(" 301\n");
        }

        return [new OutputFile("_redirects", Encoding.UTF8.GetBytes(text.ToString()))];
    }
}
