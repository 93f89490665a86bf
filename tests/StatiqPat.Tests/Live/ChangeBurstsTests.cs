using StatiqPat.Serving;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Live;

/// <summary>
/// The burst rule of <c>servir</c>, on a clock the test moves: a burst is handed over once nothing was added for the
/// quiet period, never before, and what comes during a rebuild makes exactly one more burst.
/// </summary>
public sealed class ChangeBurstsTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan Millisecond = TimeSpan.FromMilliseconds(1);

    // Bounds a wait for a burst already due, so a broken rule fails instead of hanging; nothing waits this long when it works.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Fifty_saves_a_millisecond_apart_are_one_burst_handed_over_a_quiet_period_after_the_last()
    {
        var clock = new ManualClock();
        var bursts = new ChangeBursts(Quiet, clock);
        for (var i = 0; i < 50; i++)
        {
            bursts.Add($"cas/cas-{i}.md");
            clock.Advance(Millisecond);
        }

        // The last save was a millisecond ago: the burst is still open for 149 ms, whatever the first save's age.
        var next = bursts.NextAsync(CancellationToken.None);
        clock.Advance(Quiet - (2 * Millisecond));
        Assert.False(next.IsCompleted);

        clock.Advance(Millisecond);
        var burst = await next.WaitAsync(Bound);

        Assert.Equal(50, burst.Paths.Count);
        Assert.Equal(0, burst.FirstSeen);
    }

    [Fact]
    public async Task A_save_before_the_quiet_period_ends_keeps_the_burst_open()
    {
        var clock = new ManualClock();
        var bursts = new ChangeBursts(Quiet, clock);
        bursts.Add("a.md");
        var next = bursts.NextAsync(CancellationToken.None);

        clock.Advance(Quiet - Millisecond);
        bursts.Add("b.md");
        clock.Advance(Quiet - Millisecond);
        Assert.False(next.IsCompleted);

        clock.Advance(Millisecond);
        Assert.Equal(["a.md", "b.md"], (await next.WaitAsync(Bound)).Paths);
    }

    [Fact]
    public async Task Saves_during_a_rebuild_make_one_more_burst_and_then_nothing_comes()
    {
        var clock = new ManualClock();
        var bursts = new ChangeBursts(Quiet, clock);
        bursts.Add("a.md");
        clock.Advance(Quiet);
        Assert.Equal(["a.md"], (await bursts.NextAsync(CancellationToken.None).WaitAsync(Bound)).Paths);

        // The rebuild of the first burst takes 300 ms; two files (one twice) are saved meanwhile.
        bursts.Add("b.md");
        clock.Advance(TimeSpan.FromMilliseconds(100));
        bursts.Add("c.md");
        bursts.Add("b.md");
        clock.Advance(TimeSpan.FromMilliseconds(200));
        var second = await bursts.NextAsync(CancellationToken.None).WaitAsync(Bound);
        Assert.Equal(["b.md", "c.md"], second.Paths);
        Assert.Equal(TimeSpan.FromMilliseconds(300), clock.GetElapsedTime(second.FirstSeen));

        using var stop = new CancellationTokenSource();
        var third = bursts.NextAsync(stop.Token);
        clock.Advance(Quiet * 100);
        Assert.False(third.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
    }
}
