using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using StatiqPat.Tests.Support;
using StatiqPat.Toolchain;
using StatiqPat.Writing;

namespace StatiqPat.Tests.Live;

/// <summary>
/// Whatever sequence of edits a contributor makes while <c>servir</c> runs (titles changed, sheets added, renamed,
/// deleted, broken and repaired), the served folder holds exactly what a fresh full build of the same input makes,
/// byte for byte; while the input is broken, it keeps the last good site. FsCheck draws the sequences from a
/// fixed seed, so a failure replays.
/// </summary>
public sealed class LiveRebuildEqualsFullBuildTests
{
    private const ulong Seed = 20_261_202;

    [Fact]
    public void A_short_random_sequence_of_edits_served_live_equals_a_full_build_after_every_step() => Run(sequences: 3, steps: 8);

    [Fact]
    [Trait(Tiers.Name, Tiers.Slow)]
    public void A_long_random_sequence_of_edits_served_live_equals_a_full_build_after_every_step() => Run(sequences: 12, steps: 25);

    private static void Run(int sequences, int steps)
    {
        var property = Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
            ReplayAsync(new Random(seed), steps).GetAwaiter().GetResult());
        var config = Config.QuickThrowOnFailure.WithMaxTest(sequences).WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed), FSharpOption<int>.None)));
        Check.One(config, property);
    }

    private static async Task ReplayAsync(Random random, int steps)
    {
        using var folder = new TempFolder();
        var input = folder.CopyIn(Repository.Fixture("site"), "input");
        var served = folder.Combine("output");
        var options = new BuildOptions(input);
        IReadOnlyList<OutputFile> lastGood = [];
        var history = new List<string>();

        for (var step = 0; step < steps; step++)
        {
            history.Add(Edit(input, random, step));
            using var live = new LiveFolderTarget(served);
            var liveSummary = await SiteBuilder.BuildAsync(options, BuildEnvironment.None, live);
            var full = await SiteBuilder.BuildAsync(options);

            Assert.True(full.Succeeded == liveSummary.Succeeded, $"après {string.Join(" ; ", history)} : succès différents");
            if (full.Succeeded)
            {
                lastGood = full.Files;
            }

            var expected = lastGood.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
            var actual = Directory.Exists(served)
                ? Directory.GetFiles(served, "*", SearchOption.AllDirectories)
                    .ToDictionary(f => Path.GetRelativePath(served, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes, StringComparer.Ordinal)
                : [];
            var missing = expected.Keys.Except(actual.Keys).ToList();
            var extra = actual.Keys.Except(expected.Keys).ToList();
            var different = expected.Keys.Intersect(actual.Keys).Where(k => !expected[k].AsSpan().SequenceEqual(actual[k])).ToList();
            Assert.True(missing.Count + extra.Count + different.Count == 0,
                $"après {string.Join(" ; ", history)} : manquants [{string.Join(", ", missing.Take(5))}], en trop [{string.Join(", ", extra.Take(5))}], différents [{string.Join(", ", different.Take(5))}]");
        }
    }

    /// <summary>One edit a contributor might make, described for the failure message.</summary>
    private static string Edit(string input, Random random, int step)
    {
        var cases = Directory.GetFiles(Path.Combine(input, "cas"), "*.md").Order(StringComparer.Ordinal).ToArray();
        var target = cases.Length == 0 ? null : cases[random.Next(cases.Length)];
        var name = target is null ? "" : Path.GetFileName(target);
        switch (target is null ? 1 : random.Next(6))
        {
            case 0:
                var text = File.ReadAllText(target!);
                File.WriteAllText(target!, ReplaceTitle(text, $"Titre n° {step}"));
                return $"titre de {name}";
            case 1:
                var model = File.ReadAllText(Path.Combine(Repository.Fixture("site"), "cas", "cas-reel.md"));
                var added = $"ajout-{step.ToString(CultureInfo.InvariantCulture)}.md";
                File.WriteAllText(Path.Combine(input, "cas", added), ReplaceTitle(model, $"Cas ajouté n° {step}"));
                return $"ajout de {added}";
            case 2:
                var renamed = $"renomme-{step.ToString(CultureInfo.InvariantCulture)}.md";
                File.Move(target!, Path.Combine(input, "cas", renamed));
                return $"{name} renommé en {renamed}";
            case 3:
                File.Delete(target!);
                return $"{name} supprimé";
            case 4:
                File.WriteAllText(target!, File.ReadAllText(target!).Replace("---\n", "", StringComparison.Ordinal));
                return $"{name} cassé";
            default:
                Directory.Delete(input, recursive: true);
                CopyFolder(Repository.Fixture("site"), input);
                return "tout restauré";
        }
    }

    private static string ReplaceTitle(string sheet, string title)
    {
        var lines = sheet.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("titre:", StringComparison.Ordinal));
        if (index >= 0)
        {
            lines[index] = $"titre: {title}";
        }

        return string.Join('\n', lines);
    }

    private static void CopyFolder(string source, string destination)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
