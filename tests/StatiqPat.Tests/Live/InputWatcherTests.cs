using System.Collections.Concurrent;
using StatiqPat.Serving;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Live;

/// <summary>
/// Saves come in bursts (an editor's write and rename, a <c>git checkout</c>): each burst rebuilds once. The tests with
/// the system's real file watcher are slow (they wait on it, and how it groups events varies by machine); the burst
/// rule alone is tested on a clock the test moves, in <see cref="ChangeBurstsTests"/>.
/// </summary>
public sealed class InputWatcherTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    [Fact]
    [Trait(Tiers.Name, Tiers.Slow)]
    public async Task Fifty_saves_in_a_burst_cause_at_most_two_rebuilds_and_editor_scratch_files_none()
    {
        using var folder = new TempFolder();
        var input = folder.Combine("input");
        Directory.CreateDirectory(Path.Combine(input, "cas"));
        using var watcher = new InputWatcher([input], Quiet);
        var bursts = new ConcurrentQueue<WatchedChanges>();
        using var stop = new CancellationTokenSource();
        var rebuilds = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    bursts.Enqueue(await watcher.NextAsync(stop.Token));
                    // What a rebuild of the small site takes: saves during it make the second burst, if any.
                    await Task.Delay(300, stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
        });

        for (var i = 0; i < 50; i++)
        {
            var sheet = Path.Combine(input, "cas", $"cas-{i}.md");
            File.WriteAllText(sheet + ".swp", "vim");
            File.WriteAllText(Path.Combine(input, "cas", "4913"), "");
            File.WriteAllText(sheet, $"---\ntitre: Cas {i}\n---\n");
        }

        await WaitUntil(() => !bursts.IsEmpty, TimeSpan.FromSeconds(10));
        // Long enough for a late third burst to show up if the debounce failed.
        await Task.Delay(Quiet * 6);
        await stop.CancelAsync();
        await rebuilds.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.InRange(bursts.Count, 1, 2);
        var paths = bursts.SelectMany(b => b.Paths).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(50, paths.Count(path => path.EndsWith(".md", StringComparison.Ordinal)));
        Assert.DoesNotContain(paths, InputWatcher.IsScratch);
    }

    [Fact]
    [Trait(Tiers.Name, Tiers.Slow)]
    public async Task Saving_by_rename_counts_the_sheet_and_scratch_files_alone_cause_no_rebuild()
    {
        using var folder = new TempFolder();
        var input = folder.Combine("input");
        Directory.CreateDirectory(input);
        var sheet = Path.Combine(input, "x.md");
        File.WriteAllText(sheet, "avant");
        using var watcher = new InputWatcher([input], Quiet);

        File.WriteAllText(Path.Combine(input, ".#x.md"), "emacs");
        File.WriteAllText(Path.Combine(input, "x.md~"), "backup");
        using (var nothing = new CancellationTokenSource(Quiet * 5))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watcher.NextAsync(nothing.Token));
        }

        var written = Path.Combine(input, "x.md.tmp");
        File.WriteAllText(written, "après");
        File.Move(written, sheet, overwrite: true);
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var burst = await watcher.NextAsync(bounded.Token);

        Assert.Contains(sheet, burst.Paths);
    }

    [Theory]
    [InlineData("cas/.x.md.swp", true)]
    [InlineData("cas/4913", true)]
    [InlineData("cas/x.md~", true)]
    [InlineData("cas/.#x.md", true)]
    [InlineData("cas/x.md", false)]
    [InlineData("vocabulaire.yml", false)]
    public void Editor_scratch_files_are_recognised(string path, bool scratch) => Assert.Equal(scratch, InputWatcher.IsScratch(path));

    private static async Task WaitUntil(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"still waiting after {limit.TotalSeconds} s");
            await Task.Delay(50);
        }
    }
}
