using StatiqPat.Pages.Shared;

namespace StatiqPat.Pages;

/// <summary>
/// Lists of pages kept by <c>servir</c> from one rebuild to the next: a family of pages drawn from the whole base
/// (typologies, matrices, lists) is made again only when its key, what it is made of, changed. Editing a case's body
/// then costs its own page, not the thousands of keys of a large site's typology pages.
/// </summary>
public sealed class PageMemo
{
    private readonly Dictionary<string, (ulong Key, IReadOnlyList<SitePage> Pages)> families = new(StringComparer.Ordinal);

    public IReadOnlyList<SitePage> Get(string family, ulong key, Func<IEnumerable<SitePage>> make)
    {
        if (families.TryGetValue(family, out var kept) && kept.Key == key)
        {
            return kept.Pages;
        }

        var pages = make().ToList();
        families[family] = (key, pages);
        return pages;
    }
}
