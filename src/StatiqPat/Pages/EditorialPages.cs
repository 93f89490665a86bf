using StatiqPat.Content;
using StatiqPat.Pages.Shared;
using StatiqPat.Routing;
using StatiqPat.Theme.Models;
using StatiqPat.Theme.Models.Editorial;

namespace StatiqPat.Pages;

/// <summary>One page per editorial page, at the site root.</summary>
public static class EditorialPages
{
    public static IEnumerable<SitePage> Generate(PageContext context) =>
        context.Index.Content.Pages.Select(page => new SitePage(Urls.Of(ContentKind.Page, page.Slug),
            context.Keys.For(Urls.Of(ContentKind.Page, page.Slug)).Add(page.Version).Value, () => new EditorialPageModel
            {
                Frame = context.Frame(page.Title, page.Description, Urls.Of(ContentKind.Page, page.Slug), Section.None),
                Title = page.Title,
                BodyHtml = page.Body.Html,
                Footer = PageContext.Footer(page.Sources, page.Added, page.Updated, page.SourcePath),
            }));
}
