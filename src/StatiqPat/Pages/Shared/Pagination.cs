using StatiqPat.Incremental;
using StatiqPat.Theme.Models;

namespace StatiqPat.Pages.Shared;

/// <summary>
/// Cuts a long list into pages of <see cref="PageSize"/>: page 1 at the list's own address, page n at
/// <c>…/page/n/</c>. Every item stays reachable by plain links (no JavaScript), and no page grows with the base:
/// with 10,000 cases a single list page would weigh megabytes.
/// </summary>
public static class Pagination
{
    /// <summary>Divisible by 2, 3 and 4, so the last row of a full page's card grid is complete.</summary>
    public const int PageSize = 48;

    // Page numbers shown on each side of the current one.
    private const int Window = 2;

    public static IEnumerable<PageSlice<T>> Split<T>(string firstUrl, IReadOnlyList<T> items)
    {
        var total = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        for (var number = 1; number <= total; number++)
        {
            var first = (number - 1) * PageSize;
            var slice = new List<T>(Math.Min(PageSize, items.Count - first));
            for (var i = first; i < Math.Min(items.Count, first + PageSize); i++)
            {
                slice.Add(items[i]);
            }

            yield return new PageSlice<T>(UrlOf(firstUrl, number), number, total, slice, total == 1 ? null : PagerOf(firstUrl, number, total));
        }
    }

    /// <summary>The key of one page of a list of cases: its place in the list, the list's length, and its cards.</summary>
    public static ulong Key(PageKeys keys, PageSlice<Content.CaseSheet> slice, int count, ulong context = 0) =>
        keys.For(slice.Url).Add(slice.Number).Add(slice.Total).Add(count).Add(context).Add(keys.Cards(slice.Items)).Value;

    public static string UrlOf(string firstUrl, int number) => number == 1 ? firstUrl : $"{firstUrl}page/{number}/";

    /// <summary>A page's title: the list's, with its page number after the first, so each page has its own title.</summary>
    public static string TitleOf(string title, int number, int total) => total == 1 ? title : $"{title} (page {number} sur {total})";

    private static Pager PagerOf(string firstUrl, int current, int total)
    {
        var items = new List<PagerItem>();
        for (var number = 1; number <= total; number++)
        {
            if (number == 1 || number == total || Math.Abs(number - current) <= Window)
            {
                items.Add(new PagerItem(number, UrlOf(firstUrl, number), number == current));
            }
            else if (items[^1].Number is not null)
            {
                items.Add(new PagerItem(null, null, false));
            }
        }

        return new Pager(current, total,
            current > 1 ? new Link("Page précédente", UrlOf(firstUrl, current - 1)) : null,
            current < total ? new Link("Page suivante", UrlOf(firstUrl, current + 1)) : null,
            items);
    }
}
