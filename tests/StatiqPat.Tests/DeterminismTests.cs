using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        var first = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")));
        var second = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")));

        Assert.True(first.Succeeded);
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        Assert.All(first.Files.Zip(second.Files), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public async Task Two_builds_written_to_disk_produce_identical_folders()
    {
        using var folder = new TempFolder();
        var options = new BuildOptions(Repository.Fixture("site"));
        await Cli.BuildCommand.RunAsync(options, folder.Combine("a"), TextWriter.Null, TextWriter.Null);
        await Cli.BuildCommand.RunAsync(options, folder.Combine("b"), TextWriter.Null, TextWriter.Null);

        var a = Snapshot(folder.Combine("a"));
        var b = Snapshot(folder.Combine("b"));
        Assert.NotEmpty(a);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, entry => Assert.Equal(entry.Value, b[entry.Key]));
    }

    [Fact]
    public async Task A_site_address_given_on_the_command_line_replaces_the_configured_one()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site"), "https://apercu.example.org/"));

        var canonical = Html.Page(result, "cas/cas-reel/index.html").QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        Assert.Equal("https://apercu.example.org/cas/cas-reel/", canonical);
    }

    private static SortedDictionary<string, byte[]> Snapshot(string root) =>
        new(Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes), StringComparer.Ordinal);
}
