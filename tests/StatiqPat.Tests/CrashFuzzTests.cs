using System.Diagnostics;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using StatiqPat.Tests.Fuzz;
using StatiqPat.Tests.Support;
using Xunit.Abstractions;

namespace StatiqPat.Tests;

/// <summary>
/// No input may crash <c>check</c>: every real sheet and data file, mutated the way files get damaged (cut short,
/// lines lost, doubled or swapped, brackets, quotes, tabs, anchors, tags, control characters or non-UTF-8 bytes
/// added or removed), must give diagnostics, never an exception, and each diagnostic must point inside that file.
/// The seed is fixed so a run replays exactly; <c>STATIQPAT_FUZZ_SEED</c> picks another one, and
/// <c>STATIQPAT_FUZZ_CASES</c> overrides the number of cases.
/// </summary>
public sealed class CrashFuzzTests(ITestOutputHelper log)
{
    public const int FastCases = 1_000;
    public const int SlowCases = 50_000;
    private const ulong DefaultSeed = 20_260_315;

    [Fact]
    public void Check_never_throws_and_points_inside_the_file_on_mutated_real_inputs() => Run(FastCases);

    /// <summary>
    /// The long run in parts, each with its own seed: the test runner prints each part as it ends, so a 3-minute run
    /// is never minutes of silence, and a failing part names where to look.
    /// </summary>
    public const int SlowParts = 25;

    public static TheoryData<int> Parts() => [.. Enumerable.Range(1, SlowParts)];

    [Theory]
    [MemberData(nameof(Parts))]
    [Trait("Tier", "Slow")]
    public void Check_never_throws_and_points_inside_the_file_on_many_more_mutated_real_inputs(int part) =>
        Run(SlowCases / SlowParts, seedShift: (ulong)part);

    private void Run(int defaultCases, ulong seedShift = 0)
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("STATIQPAT_FUZZ_CASES"), CultureInfo.InvariantCulture, out var n) ? n : defaultCases;
        var seed = (ulong.TryParse(Environment.GetEnvironmentVariable("STATIQPAT_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed) + seedShift;
        using var site = new FuzzSite();
        var sources = FuzzSite.Sources.Select(r => (Relative: r, Bytes: File.ReadAllBytes(Path.Combine(Repository.Input, r)))).ToArray();

        var property = Prop.ForAll(Arb.From(Mutations.Cases(sources.Length)), fuzz =>
        {
            var (relative, original) = sources[fuzz.Source];
            var bytes = Mutations.Apply(original, fuzz.Mutations);
            IReadOnlyList<StatiqPat.Diagnostics.Diagnostic> diagnostics;
            try
            {
                diagnostics = site.Check(relative, bytes);
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException($"{relative} {fuzz}: check a levé {exception}\n--- fichier ---\n{Show(bytes)}");
            }

            var path = $"input/{relative}";
            var lineCount = 1 + bytes.Count(b => b == (byte)'\n');
            var outside = diagnostics.Where(d => d.Position.Path != path || d.Position.Line < 1 || d.Position.Line > lineCount || d.Position.Column < 1).ToList();
            if (outside.Count > 0)
            {
                throw new Xunit.Sdk.XunitException($"{relative} {fuzz}: {lineCount} lignes, mais :\n{string.Join("\n", outside)}\n--- fichier ---\n{Show(bytes)}");
            }
        });

        var clock = Stopwatch.StartNew();
        var config = Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
        Check.One(config, property);
        log.WriteLine($"{cases} cas (graine {seed}) en {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>The mutated file for the failure message (invalid UTF-8 shows as U+FFFD), cut to a readable length.</summary>
    private static string Show(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 4000 ? text[..4000] + "…" : text;
    }
}
