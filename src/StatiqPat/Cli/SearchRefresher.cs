using StatiqPat.Publishing;

namespace StatiqPat.Cli;

/// <summary>
/// Brings <c>servir</c>'s search index up to date once edits have stopped for a while. Pagefind runs in the
/// background, never in the way of a rebuild, and writes beside the served folder; its index then replaces the
/// served one in two renames, so a search never reads half an index.
/// </summary>
public sealed class SearchRefresher(string servedFolder, string pagefind, string toolsFolder, TextWriter errors) : IDisposable
{
    /// <summary>Pagefind reads the whole site (a second or more): not worth running between two saves.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(3);

    private readonly Lock gate = new();
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private CancellationTokenSource? waiting;

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
        if (SearchIndexer.IndexAndSwap(servedFolder, pagefind, toolsFolder) is { } failure)
        {
            errors.WriteLine($"erreur : {failure}. La recherche garde l'index précédent.");
        }
    }
}
