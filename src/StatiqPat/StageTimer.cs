using System.Diagnostics;

namespace StatiqPat;

/// <summary>
/// Times each build stage, and notes the managed heap after it, so the summary shows where time and memory go.
/// </summary>
public sealed class StageTimer
{
    private readonly List<(string Stage, TimeSpan Elapsed, long HeapBytes)> stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed, long HeapBytes)> Stages => stages;

    public TimeSpan Total => stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        stages.Add((stage, clock.Elapsed, GC.GetTotalMemory(forceFullCollection: false)));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return true;
    });

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        var result = await work();
        stages.Add((stage, clock.Elapsed, GC.GetTotalMemory(forceFullCollection: false)));
        return result;
    }

    public Task TimeAsync(string stage, Func<Task> work) => TimeAsync(stage, async () =>
    {
        await work();
        return true;
    });
}
