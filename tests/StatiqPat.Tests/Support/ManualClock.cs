namespace StatiqPat.Tests.Support;

/// <summary>
/// A clock that moves only when the test calls <see cref="Advance"/>, which fires the one-shot timers that fall due
/// (what <c>Task.Delay</c> with a <see cref="TimeProvider"/> creates): time-based rules are tested without real waits.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualClockTimer> timers = [];
    private long now;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch + TimeSpan.FromTicks(GetTimestamp());

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualClockTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock on, then fires every timer now due, earliest first, outside the lock (a callback may set another timer).</summary>
    public void Advance(TimeSpan by)
    {
        List<ManualClockTimer> due;
        lock (gate)
        {
            now += by.Ticks;
            due = [.. timers.Where(t => t.Due <= now).OrderBy(t => t.Due)];
            timers.RemoveAll(due.Contains);
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    internal void Schedule(ManualClockTimer timer, TimeSpan dueTime)
    {
        lock (gate)
        {
            timers.Remove(timer);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                timer.Due = now + dueTime.Ticks;
                timers.Add(timer);
            }
        }
    }
}
