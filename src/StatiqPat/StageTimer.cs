using System.Diagnostics;

namespace StatiqPat;

/// <summary>Times each build stage so the summary shows where the time goes.</summary>
public sealed class StageTimer
{
    private readonly List<(string Stage, TimeSpan Elapsed)> stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => stages;

    public TimeSpan Total => stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        stages.Add((stage, clock.Elapsed));
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
        stages.Add((stage, clock.Elapsed));
        return result;
    }
}
