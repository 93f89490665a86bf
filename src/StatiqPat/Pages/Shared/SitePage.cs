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

    /// <summary>
    /// A fresh model, not kept: the renderer drops each model once its page is written, so a 10,000-case build never
    /// holds 17,000 models (and their QR codes) at once.
    /// </summary>
    public PageModel Build() => built.IsValueCreated ? built.Value : model();

    public string Url => url;

    public ulong Key => key;

    /// <summary>False for pages no reader should land on from a search engine: the 404 page, former addresses.</summary>
    public bool Listed => listed;

    /// <summary>The model, made once and kept: for tests and for the few pages read by other steps.</summary>
    public PageModel Model => built.Value;
}
