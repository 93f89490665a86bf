using System.Text;
using System.Text.RegularExpressions;
using StatiqPat.Cli;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>
/// The invalid fixture holds one file per kind of contributor mistake. Its full report is pinned in
/// <c>expected.txt</c>: a change of wording or position is a visible, reviewed change.
/// </summary>
public sealed partial class InvalidSiteTests
{
    private static readonly string ExpectedFile = Path.Combine(Path.GetDirectoryName(Repository.Fixture("invalid"))!, "expected.txt");

    [Fact]
    public async Task Every_mistake_of_the_invalid_fixture_is_reported_at_once_with_its_pinned_message()
    {
        using var copy = CopyWithLatin1File();

        var result = await SiteBuilder.BuildAsync(new BuildOptions(copy.Combine("input")));

        var expected = (await File.ReadAllTextAsync(ExpectedFile)).ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(expected, result.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(result.Files);
    }

    [Fact]
    public async Task Every_report_line_reads_path_line_column_code_message_and_hint()
    {
        using var copy = CopyWithLatin1File();

        var result = await SiteBuilder.BuildAsync(new BuildOptions(copy.Combine("input")));

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Matches(LinePattern(), d.ToString()));
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_site_in_place_and_says_so()
    {
        using var copy = CopyWithLatin1File();
        var output = copy.Combine("output");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "index.html"), "previous good site");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var succeeded = await BuildCommand.RunAsync(new BuildOptions(copy.Combine("input")), output, stdout, stderr);

        Assert.False(succeeded);
        Assert.Equal("previous good site", await File.ReadAllTextAsync(Path.Combine(output, "index.html")));
        Assert.Single(Directory.GetFileSystemEntries(output));
        Assert.Contains($"{output}/ est inchangé", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
    }

    /// <summary>A Latin-1 file cannot live safely in git (editors "fix" it), so the test writes it.</summary>
    private static TempFolder CopyWithLatin1File()
    {
        var copy = new TempFolder();
        copy.CopyIn(Repository.Fixture("invalid"), "input");
        var latin1 = Encoding.Latin1.GetBytes("---\ntitre: Cas enregistré en Latin-1\n---\n");
        File.WriteAllBytes(copy.Combine("input", "cas", "latin1.md"), latin1);
        return copy;
    }

    [GeneratedRegex(@"^input/[^:]+\.(md|yml):\d+:\d+: error PAT\d{3}: .+ \(.+\)$")]
    private static partial Regex LinePattern();
}
