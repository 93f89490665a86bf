using StatiqPat.Cli;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary><c>construire</c> over its own earlier output renders only the pages whose key changed and rewrites only changed files.</summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public async Task Editing_a_case_body_renders_its_page_alone_and_leaves_every_other_file_untouched()
    {
        using var folder = new TempFolder();
        var input = folder.CopyIn(Repository.Fixture("site"), "input");
        var options = new BuildOptions(input);
        var output = folder.Combine("output");
        Assert.True(await BuildCommand.RunAsync(options, output, TextWriter.Null, TextWriter.Null));
        var before = Times(output);

        File.AppendAllText(Path.Combine(input, "cas", "cas-reel.md"), "\nUn paragraphe ajouté au corps.\n");
        var report = new StringWriter();
        Assert.True(await BuildCommand.RunAsync(options, output, report, TextWriter.Null));

        Assert.Contains("1 page rendue", report.ToString(), StringComparison.Ordinal);
        var after = Times(output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var rewritten = after.Where(f => f.Value != before[f.Key]).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        // Its page, and the case export that carries every body.
        Assert.Equal(["cas/cas-reel/index.html", "donnees/cas.json"], rewritten);
        Assert.Contains("Un paragraphe ajouté au corps.", File.ReadAllText(Path.Combine(output, "cas", "cas-reel", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_a_territory_rewrites_the_pages_that_name_it_and_matches_a_forced_build()
    {
        using var folder = new TempFolder();
        var input = folder.CopyIn(Repository.Fixture("site"), "input");
        var options = new BuildOptions(input);
        var output = folder.Combine("output");
        Assert.True(await BuildCommand.RunAsync(options, output, TextWriter.Null, TextWriter.Null));

        var profile = Path.Combine(input, "territoires", "commune-a.md");
        File.WriteAllText(profile, File.ReadAllText(profile).Replace("nom: Commune A", "nom: Commune Alpha", StringComparison.Ordinal));
        Assert.True(await BuildCommand.RunAsync(options, output, TextWriter.Null, TextWriter.Null));
        var forced = folder.Combine("forced");
        Assert.True(await BuildCommand.RunAsync(options, forced, TextWriter.Null, TextWriter.Null, force: true));

        var page = File.ReadAllText(Path.Combine(output, "cas", "cas-reel", "index.html"));
        Assert.Contains("Commune Alpha", page, StringComparison.Ordinal);
        Assert.Equal(Contents(forced), Contents(output));
    }

    private static Dictionary<string, DateTime> Times(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private static SortedDictionary<string, string> Contents(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText, StringComparer.Ordinal),
            StringComparer.Ordinal);
}
