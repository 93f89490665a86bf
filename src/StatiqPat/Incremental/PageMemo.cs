namespace StatiqPat.Incremental;

/// <summary>
/// Lists of pages kept by <c>servir</c> from one rebuild to the next: a family of pages drawn from the whole base
/// (typologies, matrices, lists) is made again only when its key, what it is made of, changed. Editing a case's body
/// then costs its own page, not the thousands of keys of a large site's typology pages.
/// </summary>
/// <typeparam name="TPage">The page model; generic so that keeping lists needs nothing of the pages' layer.</typeparam>
public sealed class PageMemo<TPage>
{
    private readonly Dictionary<string, (ulong Key, IReadOnlyList<TPage> Pages)> families = new(StringComparer.Ordinal);

    public IReadOnlyList<TPage> Get(string family, ulong key, Func<IEnumerable<TPage>> make)
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
