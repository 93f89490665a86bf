using StatiqPat.Content;
using StatiqPat.Rendering;
using StatiqPat.Theme.Models;

namespace StatiqPat.Generated;

/// <summary>One page per editorial page, at the site root.</summary>
public static class EditorialPages
{
    public static IEnumerable<SitePage> Generate(PageContext context) =>
        context.Index.Content.Pages.Select(page => new SitePage(Urls.Of(ContentKind.Page, page.Slug), new EditorialPageModel
        {
            Frame = context.Frame(page.Title, page.Description, Urls.Of(ContentKind.Page, page.Slug), Section.None),
            Title = page.Title,
            BodyHtml = page.Body.Html,
            Footer = PageContext.Footer(page.Sources, page.Added, page.Updated, page.SourcePath),
        }));

    /// <summary>Editorial pages in menu order: by <c>ordre</c>, then title.</summary>
    public static IReadOnlyList<EditorialPage> InMenuOrder(SiteContent content) =>
        content.Pages.OrderBy(p => p.Order).ThenBy(p => Loading.Fields.Suggestions.Fold(p.Title), StringComparer.Ordinal).ToList();
}
