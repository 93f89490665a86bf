using System.Diagnostics;

namespace StatiqPat;

/// <summary>
/// Times each build stage, and notes what it allocated and the memory after it, so the summary shows where time
/// and memory go.
/// </summary>
public sealed class StageTimer
{
    private readonly List<StageTime> stages = [];

    public IReadOnlyList<StageTime> Stages => stages;

    public TimeSpan Total => stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);

    public T Time<T>(string stage, Func<T> work)
    {
        var (clock, allocated) = (Stopwatch.StartNew(), GC.GetTotalAllocatedBytes());
        var result = work();
        stages.Add(End(stage, clock, allocated));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return true;
    });

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work)
    {
        var (clock, allocated) = (Stopwatch.StartNew(), GC.GetTotalAllocatedBytes());
        var result = await work();
        stages.Add(End(stage, clock, allocated));
        return result;
    }

    public Task TimeAsync(string stage, Func<Task> work) => TimeAsync(stage, async () =>
    {
        await work();
        return true;
    });

    private static StageTime End(string stage, Stopwatch clock, long allocatedBefore)
    {
        using var process = Process.GetCurrentProcess();
        return new StageTime(stage, clock.Elapsed, GC.GetTotalMemory(forceFullCollection: false),
            GC.GetTotalAllocatedBytes() - allocatedBefore, process.PeakWorkingSet64);
    }
}
