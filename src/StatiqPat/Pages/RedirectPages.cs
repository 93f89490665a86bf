using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Site;

namespace StatiqPat.Pages;

/// <summary>
/// A page at each former address that refreshes to the new one, for hosts other than Netlify (which answers
/// them with a 301 from <c>_redirects</c>).
/// </summary>
public static class RedirectPages
{
    public static IEnumerable<SitePage> Generate(PageContext context) =>
        FormerAddresses.All(context.Index.Content).Select(r => new SitePage(r.From, context.Keys.For(r.From).Add(r.To).Add(r.Title).Value,
            () => new RedirectPageModel
            {
                Frame = context.Frame(r.Title, $"Nouvelle adresse de « {r.Title} ».", r.To, Section.None),
                Target = r.To,
            }, listed: false));
}
