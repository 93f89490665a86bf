namespace StatiqPat.Tests.Support;

/// <summary>A one-shot timer of a <see cref="ManualClock"/>: it fires when the clock is advanced past its due time.</summary>
public sealed class ManualClockTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
{
    /// <summary>When it fires, in the clock's ticks.</summary>
    public long Due { get; set; }

    /// <summary>A period is refused: nothing tested here repeats, and a silently one-shot periodic timer would mislead.</summary>
    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero)
        {
            throw new NotSupportedException("ManualClock has one-shot timers only.");
        }

        clock.Schedule(this, dueTime);
        return true;
    }

    public void Fire() => callback(state);

    public void Dispose() => clock.Schedule(this, Timeout.InfiniteTimeSpan);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
