using StatiqPat.Cli;
using StatiqPat.Tests.Support;
using StatiqPat.Toolchain;
using StatiqPat.Writing;

namespace StatiqPat.Tests;

/// <summary>A rebuild with nothing changed stops at once; any change to what the build reads rebuilds.</summary>
public sealed class NoOpRebuildTests
{
    [Fact]
    public async Task A_second_build_of_unchanged_input_leaves_the_output_untouched_and_a_changed_input_rebuilds()
    {
        using var folder = new TempFolder();
        folder.CopyIn(Repository.Fixture("site"), "input");
        var options = new BuildOptions(folder.Combine("input"));
        var output = folder.Combine("output");
        Assert.True(await BuildCommand.RunAsync(options, output, TextWriter.Null, TextWriter.Null));
        var home = Path.Combine(output, "index.html");
        var marker = File.GetLastWriteTimeUtc(home);

        var quiet = new StringWriter();
        Assert.True(await BuildCommand.RunAsync(options, output, quiet, TextWriter.Null));

        Assert.Contains("Rien n'a changé", quiet.ToString(), StringComparison.Ordinal);
        Assert.Equal(marker, File.GetLastWriteTimeUtc(home));

        var settings = Path.Combine(options.InputFolder, "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("description: ", "description: Nouvelle description. ", StringComparison.Ordinal));
        var rebuilt = new StringWriter();
        Assert.True(await BuildCommand.RunAsync(options, output, rebuilt, TextWriter.Null));

        Assert.Contains("Site écrit", rebuilt.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(marker, File.GetLastWriteTimeUtc(home));
        Assert.Contains("Nouvelle description.", File.ReadAllText(home), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_edited_or_deleted_by_hand_in_the_output_is_noticed_and_the_site_rebuilt()
    {
        using var folder = new TempFolder();
        var options = new BuildOptions(Repository.Fixture("site"));
        var output = folder.Combine("output");
        Assert.True(await BuildCommand.RunAsync(options, output, TextWriter.Null, TextWriter.Null));
        var home = Path.Combine(output, "index.html");
        var original = File.ReadAllText(home);

        File.WriteAllText(home, "<p>modifié à la main</p>");
        var afterEdit = new StringWriter();
        Assert.True(await BuildCommand.RunAsync(options, output, afterEdit, TextWriter.Null));
        Assert.Contains("Site écrit", afterEdit.ToString(), StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(home));

        File.Delete(Path.Combine(output, "robots.txt"));
        var afterDelete = new StringWriter();
        Assert.True(await BuildCommand.RunAsync(options, output, afterDelete, TextWriter.Null));
        Assert.Contains("Site écrit", afterDelete.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "robots.txt")));

        var quiet = new StringWriter();
        Assert.True(await BuildCommand.RunAsync(options, output, quiet, TextWriter.Null));
        Assert.Contains("Rien n'a changé", quiet.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forcing_rebuilds_and_a_deleted_output_is_rebuilt_even_with_a_current_fingerprint()
    {
        using var folder = new TempFolder();
        var options = new BuildOptions(Repository.Fixture("site"));
        var output = folder.Combine("output");
        Assert.True(await BuildCommand.RunAsync(options, output, TextWriter.Null, TextWriter.Null));

        var forced = new StringWriter();
        Assert.True(await BuildCommand.RunAsync(options, output, forced, TextWriter.Null, force: true));
        Directory.Delete(output, recursive: true);
        var afterDelete = new StringWriter();
        Assert.True(await BuildCommand.RunAsync(options, output, afterDelete, TextWriter.Null));

        Assert.Contains("Site écrit", forced.ToString(), StringComparison.Ordinal);
        Assert.Contains("Site écrit", afterDelete.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void The_fingerprint_depends_on_the_options_and_the_input_files()
    {
        using var folder = new TempFolder();
        folder.CopyIn(Repository.Fixture("site"), "input");
        var options = new BuildOptions(folder.Combine("input"));
        var first = SiteFingerprint.Of(options, BuildEnvironment.None);

        Assert.Equal(first, SiteFingerprint.Of(options, BuildEnvironment.None));
        Assert.NotEqual(first, SiteFingerprint.Of(options with { Preview = true }, BuildEnvironment.None));
        Assert.NotEqual(first, SiteFingerprint.Of(options with { BaseUrl = "https://ailleurs.example.org" }, BuildEnvironment.None));
        File.WriteAllText(Path.Combine(options.InputFolder, "images", "nouvelle.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Assert.NotEqual(first, SiteFingerprint.Of(options, BuildEnvironment.None));
    }

    [Fact]
    public void A_file_written_twice_is_a_generator_bug_not_a_silent_overwrite()
    {
        var sink = new MemorySink();
        sink.Write("a/index.html", [1]);

        Assert.Throws<InvalidOperationException>(() => sink.Write("a/index.html", [2]));
    }
}
