using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using StatiqPat.Loading;
using StatiqPat.Pages;
using StatiqPat.Tests.Support;
using StatiqPat.Toolchain;
using StatiqPat.Writing;

namespace StatiqPat.Tests.Live;

/// <summary>
/// Whatever sequence of edits a contributor makes (titles, bodies, typology values, status, territory names and
/// engagement, tool and page titles changed; sheets added, renamed, deleted, broken and repaired), the folder
/// <c>servir</c> keeps up to date (with its sheet cache and page keys carried from one rebuild to the next) and the
/// folder <c>construire</c> updates from its state both hold exactly what a fresh full build of the same input
/// makes, byte for byte; while the input is broken, they keep the last good site. The state <c>servir</c> leaves
/// beside its folder after a good rebuild lets <c>construire</c> take that folder for up to date. FsCheck draws the
/// sequences from a fixed seed, so a failure replays.
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
        var built = folder.Combine("construit");
        var options = new BuildOptions(input);
        // The environment of the one-shot build below (Decap CMS, the map's outlines), so all three builds draw the same site.
        var environment = BuildEnvironment.Find(input);
        var state = new LiveState();
        var sheets = new SheetCache();
        var memo = new PageMemo();
        IReadOnlyList<OutputFile> lastGood = [];
        var history = new List<string>();

        for (var step = 0; step < steps; step++)
        {
            history.Add(Edit(input, random, step));
            using var live = new LiveFolderTarget(served, state);
            var liveSummary = await SiteBuilder.BuildAsync(options, environment, live, sheets, memo);
            using var incremental = new FolderTarget(built);
            var builtSummary = await SiteBuilder.BuildAsync(options, environment, incremental);
            var full = await SiteBuilder.BuildAsync(options);

            Assert.True(full.Succeeded == liveSummary.Succeeded, $"après {string.Join(" ; ", history)} : succès différents (servir)");
            Assert.True(full.Succeeded == builtSummary.Succeeded, $"après {string.Join(" ; ", history)} : succès différents (construire)");
            if (full.Succeeded)
            {
                lastGood = full.Files;
            }

            AssertHolds(served, lastGood, $"servir, après {string.Join(" ; ", history)}");
            if (liveSummary.Succeeded)
            {
                state.Save(served);
                using var after = new FolderTarget(served);
                Assert.True(after.IsCurrent(() => BuildFingerprint.Compute(options, environment)),
                    $"servir, après {string.Join(" ; ", history)} : construire ne trouve pas le site à jour");
            }

            AssertHolds(built, lastGood, $"construire, après {string.Join(" ; ", history)}");
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

    /// <summary>One edit a contributor might make, described for the failure message.</summary>
    private static string Edit(string input, Random random, int step)
    {
        var cases = Directory.GetFiles(Path.Combine(input, "cas"), "*.md").Order(StringComparer.Ordinal).ToArray();
        var target = cases.Length == 0 ? null : cases[random.Next(cases.Length)];
        var name = target is null ? "" : Path.GetFileName(target);
        switch (target is null ? 1 : random.Next(14))
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
            case 5:
                Directory.Delete(input, recursive: true);
                CopyFolder(Repository.Fixture("site"), input);
                return "tout restauré";
            case 6:
                var sheet = Pick(random, Directory.GetFiles(input, "*.md", SearchOption.AllDirectories));
                File.AppendAllText(sheet, $"\nParagraphe ajouté n° {step}.\n");
                return $"corps de {Path.GetFileName(sheet)}";
            case 7:
                var type = Pick(random, ["poupees-russes", "bons-voisins", "alliances-strategiques", "pairs-sans-frontieres"]);
                var degree = Pick(random, ["copilotage", "mutualisation", "coordination", "interconnaissance"]);
                File.WriteAllText(target!, SetField(SetField(File.ReadAllText(target!), "type", type), "degre", degree));
                return $"{name} : {type}, {degree}";
            case 8:
                var status = Pick(random, ["reel", "fictif"]);
                File.WriteAllText(target!, SetField(File.ReadAllText(target!), "statut", status));
                return $"{name} : statut {status}";
            case 9:
                var territory = Pick(random, Directory.GetFiles(Path.Combine(input, "territoires"), "*.md"));
                File.WriteAllText(territory, SetField(File.ReadAllText(territory), "nom", $"Territoire n° {step}"));
                return $"nom de {Path.GetFileName(territory)}";
            case 10:
                var tool = Pick(random, Directory.GetFiles(Path.Combine(input, "outils"), "*.md"));
                File.WriteAllText(tool, ReplaceTitle(File.ReadAllText(tool), $"Outil n° {step}"));
                return $"titre de {Path.GetFileName(tool)}";
            case 11:
                var moved = File.ReadAllText(target!);
                var swapped = moved.Contains("territoires:\n  - commune-a", StringComparison.Ordinal)
                    ? moved.Replace("territoires:\n  - commune-a", "territoires:\n  - interco-b", StringComparison.Ordinal)
                    : moved.Replace("territoires:\n  - interco-b", "territoires:\n  - commune-a", StringComparison.Ordinal);
                File.WriteAllText(target!, swapped);
                return $"territoire de {name}";
            case 12:
                var page = Pick(random, Directory.GetFiles(Path.Combine(input, "pages"), "*.md"));
                File.WriteAllText(page, ReplaceTitle(File.ReadAllText(page), $"Page n° {step}"));
                return $"titre de {Path.GetFileName(page)}";
            default:
                var profile = Pick(random, Directory.GetFiles(Path.Combine(input, "territoires"), "*.md"));
                var level = Pick(random, ["aucun", "leger", "moyen", "fort"]);
                File.WriteAllText(profile, File.ReadAllText(profile).Replace("  manger: fort", $"  manger: {level}", StringComparison.Ordinal)
                    .Replace("  manger: aucun", $"  manger: {level}", StringComparison.Ordinal)
                    .Replace("  manger: leger", $"  manger: {level}", StringComparison.Ordinal)
                    .Replace("  manger: moyen", $"  manger: {level}", StringComparison.Ordinal));
                return $"engagement de {Path.GetFileName(profile)} : {level}";
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    /// <summary>Sets a top-level field of the front matter, adding it after the title when the sheet has none.</summary>
    private static string SetField(string sheet, string field, string value)
    {
        var lines = sheet.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        if (index >= 0)
        {
            lines[index] = $"{field}: {value}";
        }
        else if (lines.FindIndex(l => l.StartsWith("titre:", StringComparison.Ordinal)) is var title and >= 0)
        {
            lines.Insert(title + 1, $"{field}: {value}");
        }

        return string.Join('\n', lines);
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
