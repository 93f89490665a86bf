namespace StatiqPat.Serving;

/// <summary>
/// Gathers changed paths into bursts: a burst ends once no path has been added for the quiet period. The time comes
/// from a <see cref="TimeProvider"/>, so the rule is tested with a clock the test moves, not with real waits.
/// </summary>
public sealed class ChangeBursts(TimeSpan quiet, TimeProvider time)
{
    private readonly Lock gate = new();
    private HashSet<string> pending = new(StringComparer.Ordinal);
    private long firstSeen;
    private long lastSeen;
    private TaskCompletionSource arrived = NewSignal();

    /// <summary>A path changed now: it joins the open burst, which then stays open for another quiet period.</summary>
    public void Add(string path)
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            if (pending.Count == 0)
            {
                firstSeen = now;
            }

            pending.Add(path);
            lastSeen = now;
            arrived.TrySetResult();
        }
    }

    /// <summary>Waits for the next burst and returns it once no path has been added for the quiet period.</summary>
    public async Task<WatchedChanges> NextAsync(CancellationToken cancellation)
    {
        while (true)
        {
            Task signal;
            lock (gate)
            {
                signal = arrived.Task;
            }

            await signal.WaitAsync(cancellation);
            while (true)
            {
                TimeSpan wait;
                lock (gate)
                {
                    wait = quiet - time.GetElapsedTime(lastSeen);
                    if (wait <= TimeSpan.Zero)
                    {
                        var burst = new WatchedChanges([.. pending.Order(StringComparer.Ordinal)], firstSeen);
                        pending = new HashSet<string>(StringComparer.Ordinal);
                        arrived = NewSignal();
                        if (burst.Paths.Count > 0)
                        {
                            return burst;
                        }

                        break;
                    }
                }

                await Task.Delay(wait, time, cancellation);
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
