using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using StatiqPat.Incremental;
using StatiqPat.Pages.Shared;
using StatiqPat.Tests.Live.Edits;
using StatiqPat.Tests.Support;
using StatiqPat.Writing;

namespace StatiqPat.Tests.Live;

/// <summary>
/// Whatever sequence of edits a contributor makes (sheets retitled, added, renamed, deleted, broken, restored;
/// typology, status, territory and engagement changed; vocabulary values renamed with or without their uses;
/// thesaurus groups, sources and workshop steps added or removed; images added, shown or not, broken, deleted), the
/// folder <c>servir</c> keeps up to date (with its sheet cache and page keys carried from one rebuild to the next)
/// and the folder <c>construire</c> updates from its state both hold exactly what a fresh full build of the same
/// input makes, byte for byte; while the input is broken, all three builds fail and the folders keep the last good
/// site. The state <c>servir</c> leaves beside its folder after a good rebuild lets <c>construire</c> take that
/// folder for up to date. The edits are data: FsCheck draws them from a fixed seed, so a failure replays, and
/// shrinks a failing sequence to the fewest and simplest edits that still fail.
/// </summary>
public sealed class LiveRebuildEqualsFullBuildTests
{
    private const ulong Seed = 20_261_202;

    [Fact]
    public void A_few_short_sequences_of_edits_served_live_equal_a_full_build_after_every_step() => Run(sequences: 3, maxEdits: 3);

    public static TheoryData<int> Parts() => [.. Enumerable.Range(1, 10)];

    /// <summary>Twenty long sequences in ten parts of two, each with its own seed: the runner prints each part as it ends.</summary>
    [Theory]
    [MemberData(nameof(Parts))]
    [Trait(Tiers.Name, Tiers.Slow)]
    public void Many_long_sequences_of_edits_served_live_equal_a_full_build_after_every_step(int part) =>
        Run(sequences: 2, maxEdits: 15, seedShift: (ulong)part);

    private static void Run(int sequences, int maxEdits, ulong seedShift = 0)
    {
        var property = Prop.ForAll(SiteEdits.Sequences(maxEdits), edits => ReplayAsync(edits).GetAwaiter().GetResult());
        var config = Config.QuickThrowOnFailure.WithMaxTest(sequences).WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed + seedShift), FSharpOption<int>.None)));
        Check.One(config, property);
    }

    private static async Task ReplayAsync(EditSequence sequence)
    {
        using var folder = new TempFolder();
        var input = folder.CopyIn(Repository.Fixture("site"), "input");
        var served = folder.Combine("output");
        var built = folder.Combine("construit");
        var options = new BuildOptions(input);
        // Decap CMS and the map's outlines as committed stand-ins, the same for all three builds and on every machine.
        var environment = Machine.WithMapAndDecap;
        var state = new LiveState();
        var sheets = new SheetCache();
        var memo = new PageMemo<SitePage>();
        IReadOnlyList<OutputFile> lastGood = [];

        for (var step = 0; step < sequence.Edits.Count; step++)
        {
            sequence.Edits[step].Apply(input);
            var context = $"après la modification {step + 1} ({sequence.Edits[step]})";
            using var live = new LiveFolderTarget(served, state);
            var liveSummary = await SiteBuilder.BuildAsync(options, environment, live, sheets, memo);
            using var incremental = new FolderTarget(built);
            var builtSummary = await SiteBuilder.BuildAsync(options, environment, incremental);
            var full = await SiteBuilder.BuildAsync(options, environment);

            Assert.True(full.Succeeded == liveSummary.Succeeded, $"{context} : succès différents (servir)");
            Assert.True(full.Succeeded == builtSummary.Succeeded, $"{context} : succès différents (construire)");
            if (full.Succeeded)
            {
                lastGood = full.Files;
            }

            AssertHolds(served, lastGood, $"servir, {context}");
            if (liveSummary.Succeeded)
            {
                state.Save(served);
                using var after = new FolderTarget(served);
                Assert.True(after.IsCurrent(SiteFingerprint.Of(options, environment)),
                    $"servir, {context} : construire ne trouve pas le site à jour");
            }

            AssertHolds(built, lastGood, $"construire, {context}");
        }
    }

    private static void AssertHolds(string folder, IReadOnlyList<OutputFile> site, string context)
    {
        var expected = site.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var actual = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes, StringComparer.Ordinal)
            : [];
        var missing = expected.Keys.Except(actual.Keys).ToList();
        var extra = actual.Keys.Except(expected.Keys).ToList();
        var different = expected.Keys.Intersect(actual.Keys).Where(k => !expected[k].AsSpan().SequenceEqual(actual[k])).ToList();
        Assert.True(missing.Count + extra.Count + different.Count == 0,
            $"{context} : manquants [{string.Join(", ", missing.Take(5))}], en trop [{string.Join(", ", extra.Take(5))}], différents [{string.Join(", ", different.Take(5))}]");
    }
}
