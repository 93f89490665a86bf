using System.Diagnostics;

namespace LiveTiming;

/// <summary>
/// The measured saves: each run appends a paragraph to the case sheet, then moves it to the next cooperation type,
/// and times both from the save to the rebuild line (T, N) and to the page in the browser showing the change.
/// </summary>
public sealed class EditRunner(ServerProcess server, LivePage page, CaseSheet sheet, IReadOnlyList<CooperationType> types)
{
    /// <summary>A change not shown by then is a failure, not a slow measurement.</summary>
    public static readonly TimeSpan ChangeTimeout = TimeSpan.FromSeconds(30);

    // The watcher waits for 150 ms of quiet before rebuilding: a second apart, two saves are never one burst.
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    private int typeIndex = -1;

    public async Task<IReadOnlyList<Measurement>> RunAsync(int runs)
    {
        var measurements = new List<Measurement>();
        for (var run = 1; run <= runs; run++)
        {
            await Task.Delay(Pause);
            measurements.Add(await TextEditAsync(run));
            await Task.Delay(Pause);
            measurements.Add(await TypeEditAsync(run));
        }

        return measurements;
    }

    private Task<Measurement> TextEditAsync(int run)
    {
        // The unique token is what the page is searched for: the paragraph's spaces may come out as typographic ones.
        var token = Guid.NewGuid().ToString("N")[..12];
        var text = sheet.WithParagraph($"Mesure {run} : {token}");
        return MeasureAsync(EditKind.Text, run, text, token, $"paragraph '{token}'");
    }

    private Task<Measurement> TypeEditAsync(int run)
    {
        if (typeIndex < 0)
        {
            var current = sheet.CurrentType();
            typeIndex = Math.Max(0, types.ToList().FindIndex(type => type.Slug == current));
        }

        // Cycles through the vocabulary, never staying on the current value (there are at least two).
        typeIndex = (typeIndex + 1) % types.Count;
        var next = types[typeIndex];
        return MeasureAsync(EditKind.Type, run, sheet.WithType(next.Slug), next.Label, $"type '{next.Slug}' ({next.Label})");
    }

    private async Task<Measurement> MeasureAsync(EditKind kind, int run, string newText, string expected, string what)
    {
        await page.WaitUntilListeningAsync(ChangeTimeout);
        await page.MarkAsync();
        server.DiscardPendingLines();

        var started = Stopwatch.GetTimestamp();
        sheet.Write(newText);
        var clock = await page.WaitForReloadShowingAsync(expected, ChangeTimeout)
            ?? throw new BenchmarkFailure(
                $"{kind.Name()} edit of run {run}: the page never showed the {what} within {ChangeTimeout.TotalSeconds:0} s of the save\n{server.Describe()}");

        // Now, on both clocks: the page's times are turned into times since the save by their distance from now.
        var now = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var saveToBrowser = now - clock.SinceShown;
        var rebuild = await server.NextRebuildAsync(ChangeTimeout, $"{kind.Name()} edit of run {run}");
        Console.Error.WriteLine($"  run {run}, {kind.Name()} edit: T = {rebuild.Milliseconds} ms, "
            + $"N = {rebuild.Pages} pages, save→browser = {saveToBrowser:0} ms (reload began at {now - clock.SinceLoadStarted:0} ms, "
            + $"Playwright saw the change at {now:0} ms)");
        return new Measurement(kind, rebuild.Milliseconds, rebuild.Pages, saveToBrowser);
    }
}
