using StatiqPat.Theme.Models;

namespace StatiqPat.Pages.Shared;

/// <summary>
/// A page to write: its URL, its key, and the view model its component renders, made only when asked for. The key
/// is a hash of everything the model is made of; a later build whose page has the same key keeps the page it
/// wrote, without building the model or rendering it.
/// </summary>
public sealed class SitePage(string url, ulong key, Func<PageModel> model, bool listed = true)
{
    private readonly Lazy<PageModel> built = new(model);

    public string Url => url;

    public ulong Key => key;

    /// <summary>False for pages no reader should land on from a search engine: the 404 page, former addresses.</summary>
    public bool Listed => listed;

    public PageModel Model => built.Value;
}
