using System.Diagnostics;
using System.Text;
using StatiqPat.Cli;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>
/// What a stranger's pull request could carry, on top of the valid fixture site: links to files outside
/// <c>input/</c>, a pipe, fake and scripted images, an HTML page among the images, an oversized image, image paths
/// that climb out of <c>images/</c>, <c>javascript:</c> and <c>data:</c> addresses, raw HTML, an alias bomb, deep
/// nesting, control characters and a non-UTF-8 file. Each is refused at its place (the report is pinned in
/// <c>Fixtures/hostile/expected.txt</c>), nothing outside <c>input/</c> is read, and <c>output/</c> is unchanged.
/// Links, pipes and the large image are made here: git would not keep them as they are, or they point outside the clone.
/// </summary>
public sealed class HostileInputTests
{
    private const string Secret = "SECRET-HORS-DU-DEPOT-4242";

    private static readonly string ExpectedFile = Path.Combine(Path.GetDirectoryName(Repository.Fixture("hostile"))!, "expected.txt");

    [Fact]
    public async Task Every_hostile_input_is_refused_at_its_place_nothing_outside_is_read_and_the_output_is_unchanged()
    {
        using var folder = new TempFolder();
        var input = HostileSite(folder);
        var output = folder.Combine("output");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "index.html"), "previous good site");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        // Reading a pipe with no writer blocks for ever: a build that opens one never ends.
        var build = BuildCommand.RunAsync(new BuildOptions(input), output, stdout, stderr);
        Assert.True(await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(90))) == build, "the build opened a pipe through a link");

        Assert.False(await build);
        Assert.Equal("previous good site", await File.ReadAllTextAsync(Path.Combine(output, "index.html")));
        Assert.Single(Directory.GetFileSystemEntries(output));
        var report = stderr.ToString();
        Assert.DoesNotContain("   at ", report);
        Assert.DoesNotContain(Secret, report + stdout);
        Assert.DoesNotContain(folder.Combine("dehors"), report + stdout);

        var expected = (await File.ReadAllTextAsync(ExpectedFile)).ReplaceLineEndings("\n").TrimEnd().Split('\n');
        var printed = report.ReplaceLineEndings("\n").Split('\n').Where(line => line.StartsWith("input/", StringComparison.Ordinal));
        Assert.Equal(expected, printed);
    }

    [Fact]
    public async Task Verifier_reports_the_same_problems_as_the_build_and_fails()
    {
        using var folder = new TempFolder();
        var input = HostileSite(folder);
        var stderr = new StringWriter();

        var check = Task.Run(() => CheckCommand.Run(input, TextWriter.Null, stderr, new CiEnvironment(false, null)));
        Assert.True(await Task.WhenAny(check, Task.Delay(TimeSpan.FromSeconds(90))) == check, "verifier opened a pipe through a link");

        Assert.Equal(1, await check);
        var expected = (await File.ReadAllTextAsync(ExpectedFile)).ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(expected, stderr.ToString().ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("input/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Serving_refuses_a_link_saved_while_it_runs_and_keeps_the_served_site()
    {
        using var site = await ServedFixture.StartAsync();
        var outside = WriteOutside(site.Folder);
        File.CreateSymbolicLink(Path.Combine(site.Input, "images", "lien.png"), Path.Combine(outside, "secret.txt"));

        Assert.Null(await site.Rebuilder.RebuildAsync(Stopwatch.GetTimestamp()));

        Assert.Contains("input/images/lien.png:1:1: error PAT008: ", site.Errors.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Served, "images", "lien.png")));
        Assert.DoesNotContain(Secret, site.Errors.ToString());
    }

    [Fact]
    public async Task A_reference_file_that_is_a_link_is_refused_once_and_never_read()
    {
        using var folder = new TempFolder();
        var input = folder.CopyIn(Repository.Fixture("site"), "input");
        var outside = WriteOutside(folder);
        File.Delete(Path.Combine(input, "site.yml"));
        File.CreateSymbolicLink(Path.Combine(input, "site.yml"), Path.Combine(outside, "site.yml"));

        var result = await SiteBuilder.BuildAsync(new BuildOptions(input));

        var problem = Assert.Single(result.Diagnostics, d => d.Position.Path == "input/site.yml");
        Assert.Equal("PAT008", problem.Code);
        Assert.Equal(1, problem.Position.Line);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains(Secret, StringComparison.Ordinal));
    }

    /// <summary>The valid fixture, the committed hostile files over it, and what git could not hold, made here.</summary>
    private static string HostileSite(TempFolder folder)
    {
        var input = folder.CopyIn(Repository.Fixture("site"), "input");
        foreach (var file in Directory.GetFiles(Repository.Fixture("hostile"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(input, Path.GetRelativePath(Repository.Fixture("hostile"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var outside = WriteOutside(folder);
        File.CreateSymbolicLink(Path.Combine(input, "images", "lien.png"), Path.Combine(outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(input, "images", "tube-dehors.jpg"), Path.Combine(outside, "tube"));
        File.CreateSymbolicLink(Path.Combine(input, "cas", "fiche-dehors.md"), Path.Combine(outside, "fiche.md"));
        Directory.CreateSymbolicLink(Path.Combine(input, "pages", "dossier-dehors"), outside);
        MakePipe(Path.Combine(input, "images", "tube.png"));

        // A PNG signature, then 1.5 Mo: over the limit however it is counted.
        var large = new byte[1536 * 1024];
        ((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).CopyTo(large);
        File.WriteAllBytes(Path.Combine(input, "images", "enorme.png"), large);
        File.WriteAllText(Path.Combine(input, "cas", "cas-reel.md"),
            File.ReadAllText(Path.Combine(input, "cas", "cas-reel.md")) + "\n![Une photo trop lourde](images/enorme.png)\n");

        File.WriteAllBytes(Path.Combine(input, "cas", "latin1.md"), Encoding.Latin1.GetBytes("---\ntitre: Cas enregistré en Latin-1\n---\n"));
        // A direction override shows « cas » and hides what follows it; a NUL byte ends strings in other tools.
        File.WriteAllText(Path.Combine(input, "cas", "caracteres-caches.md"),
            "---\ntitre: Un titre \u202Eétrange\nstatut: fictif\n---\n\nTexte\u0000 coupé.\n");
        return input;
    }

    /// <summary>Outside the input folder: a secret, a sheet that would pass every check, a pipe that blocks whoever reads it.</summary>
    private static string WriteOutside(TempFolder folder)
    {
        var outside = folder.Combine("dehors");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(outside, "site.yml"), $"titre: {Secret}\nurl: https://example.org\n");
        File.WriteAllText(Path.Combine(outside, "fiche.md"),
            $"---\ntitre: {Secret}\nresume:\n  contexte: {Secret}\nstatut: fictif\nterritoires:\n  - interco-b\nsources:\n  - document: x\najoute_le: 2026-01-15\n---\n\n{Secret}\n");
        MakePipe(Path.Combine(outside, "tube"));
        return outside;
    }

    private static void MakePipe(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
