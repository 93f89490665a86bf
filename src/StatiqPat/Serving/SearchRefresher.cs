using StatiqPat.Incremental;
using StatiqPat.Publishing;

namespace StatiqPat.Serving;

/// <summary>
/// Brings <c>servir</c>'s search index up to date once edits have stopped for a while. Pagefind runs in the
/// background, never in the way of a rebuild, and writes beside the served folder; its index then replaces the
/// served one in two renames, so a search never reads half an index.
/// </summary>
/// <param name="state">What the served folder holds: told when the index matches the pages again, so the state left for <c>construire</c> says so.</param>
public sealed class SearchRefresher(string servedFolder, string pagefind, string toolsFolder, TextWriter errors, LiveState? state = null) : IDisposable
{
    /// <summary>Pagefind reads the whole site (a second or more): not worth running between two saves.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(3);

    private readonly Lock gate = new();
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private CancellationTokenSource? waiting;

    /// <summary>Pagefind's program.</summary>
    public string Pagefind => pagefind;

    /// <summary>Indexes the site again after the quiet period, unless another rebuild comes first and postpones it.</summary>
    public void Schedule()
    {
        CancellationToken token;
        lock (gate)
        {
            waiting?.Cancel();
            waiting?.Dispose();
            waiting = new CancellationTokenSource();
            token = waiting.Token;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(QuietPeriod, token);
                await oneAtATime.WaitAsync(token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                Refresh();
            }
            finally
            {
                oneAtATime.Release();
            }
        });
    }

    public void Dispose()
    {
        lock (gate)
        {
            waiting?.Cancel();
            waiting?.Dispose();
            waiting = null;
        }
    }

    private void Refresh()
    {
        // Taken before Pagefind reads the pages: a rebuild that changes one meanwhile leaves this index stale already.
        var version = state?.PageVersion ?? 0;
        if (SearchIndexer.IndexAndSwap(servedFolder, pagefind, toolsFolder) is { } failure)
        {
            errors.WriteLine($"erreur : {failure}. La recherche garde l'index précédent.");
            return;
        }

        try
        {
            state?.SearchIndexMade(servedFolder, version);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"attention : l'état du site servi n'a pas pu être enregistré ({exception.Message}) ; "
                + "la prochaine construction refera l'index de recherche.");
        }
    }
}
