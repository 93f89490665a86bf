using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Markdig;
using StatiqPat.Cli;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>
/// The <c>check</c> command as a pull request runs it: the invalid fixture's mistakes must come back as
/// GitHub annotations on the right file, line and column, and as rows of the step summary table.
/// </summary>
public sealed partial class CheckCommandTests
{
    [Fact]
    public void Under_GitHub_Actions_every_mistake_gives_its_annotation_at_its_file_line_and_column()
    {
        using var copy = new TempFolder();
        var input = copy.CopyIn(Repository.Fixture("invalid"), "input");
        var expected = SiteBuilder.Check(new BuildOptions(input));
        var output = new StringWriter();

        var exit = CheckCommand.Run(input, output, new StringWriter(), new CiEnvironment(true, null), annotationCap: int.MaxValue);

        Assert.Equal(1, exit);
        var annotations = Annotations(output.ToString());
        Assert.Equal(expected.Count, annotations.Count);
        Assert.Equal(
            expected.Select(d => (d.Position.Path, d.Position.Line, d.Position.Column, d.Code, $"{d.Message} ({d.Hint})")),
            annotations);
        Assert.Contains(annotations, a => a.File == "input/cas/champ-manquant.md" && a.Code == "PAT011");
    }

    [Fact]
    public void Annotations_stop_at_ten_and_a_notice_sends_to_the_summary_which_lists_every_mistake()
    {
        using var copy = new TempFolder();
        var input = copy.CopyIn(Repository.Fixture("invalid"), "input");
        var summaryFile = copy.Combine("summary.md");
        File.WriteAllText(summaryFile, "Texte d'une commande précédente.\n\n");
        var expected = SiteBuilder.Check(new BuildOptions(input));
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = CheckCommand.Run(input, output, errors, new CiEnvironment(true, summaryFile));

        Assert.Equal(1, exit);
        Assert.True(expected.Count > GitHubAnnotations.DefaultCap, "the fixture must hold more mistakes than the cap");
        var annotations = Annotations(output.ToString());
        Assert.Equal(GitHubAnnotations.DefaultCap, annotations.Count);
        var files = expected.Select(d => d.Position.Path).Distinct().ToList();
        Assert.Equal(Math.Min(files.Count, GitHubAnnotations.DefaultCap), annotations.Select(a => a.File).Distinct().Count());
        var notice = Assert.Single(output.ToString().Split('\n'), l => l.StartsWith("::notice", StringComparison.Ordinal));
        Assert.Contains($"{expected.Count - GitHubAnnotations.DefaultCap} autres erreurs", notice);

        var summary = File.ReadAllText(summaryFile);
        Assert.StartsWith("Texte d'une commande précédente.", summary);
        var rows = SummaryRows(summary);
        Assert.Equal(expected.Select(d => new[] { d.Position.Path, d.Position.Line.ToString(), d.Position.Column.ToString(), d.Code, d.Message, d.Hint ?? "" }),
            rows);

        Assert.Contains($"{expected.Count} erreurs dans {files.Count} fichiers.", errors.ToString());
    }

    [Fact]
    public void Outside_GitHub_Actions_check_prints_plain_lines_only()
    {
        using var copy = new TempFolder();
        var input = copy.CopyIn(Repository.Fixture("invalid"), "input");
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = CheckCommand.Run(input, output, errors, CiEnvironment.FromVariables(_ => null));

        Assert.Equal(1, exit);
        Assert.DoesNotContain("::", output.ToString());
        Assert.Matches(@"^input/cas/champ-manquant\.md:2:1: error PAT011: ", errors.ToString().Split('\n').First(l => l.Contains("PAT011")));
    }

    [Fact]
    public void A_valid_site_passes_and_its_summary_says_so()
    {
        using var copy = new TempFolder();
        var input = copy.CopyIn(Repository.Fixture("site"), "input");
        var summaryFile = copy.Combine("summary.md");
        var output = new StringWriter();

        var exit = CheckCommand.Run(input, output, new StringWriter(), CiEnvironment.FromVariables(name => name switch
        {
            "GITHUB_ACTIONS" => "true",
            "GITHUB_STEP_SUMMARY" => summaryFile,
            _ => null,
        }));

        Assert.Equal(0, exit);
        Assert.Empty(Annotations(output.ToString()));
        Assert.Contains("Aucune erreur", File.ReadAllText(summaryFile));
        Assert.Empty(SummaryRows(File.ReadAllText(summaryFile)));
    }

    [Fact]
    public void Annotation_text_escapes_what_GitHub_reads_as_syntax()
    {
        var diagnostic = new Diagnostics.Diagnostic("PAT013", new Diagnostics.SourcePosition("input/cas/a,b:c.md", 3, 4), "100% faux\nvraiment", null);

        var line = GitHubAnnotations.Format(diagnostic);

        Assert.Equal("::error file=input/cas/a%2Cb%3Ac.md,line=3,col=4,title=PAT013::100%25 faux%0Avraiment", line);
    }

    private static List<(string File, int Line, int Column, string Code, string Text)> Annotations(string output) =>
        output.Split('\n')
            .Select(l => AnnotationPattern().Match(l.TrimEnd('\r')))
            .Where(m => m.Success)
            .Select(m => (Unescape(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), m.Groups[4].Value, Unescape(m.Groups[5].Value)))
            .ToList();

    private static string Unescape(string value) =>
        value.Replace("%2C", ",").Replace("%3A", ":").Replace("%0A", "\n").Replace("%0D", "\r").Replace("%25", "%");

    /// <summary>Reads the summary the way GitHub shows it: Markdown rendered to HTML, then the table's body cells.</summary>
    private static List<string[]> SummaryRows(string markdown)
    {
        var html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("table tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToArray())
            .ToList();
    }

    [GeneratedRegex(@"^::error file=([^,]*),line=(\d+),col=(\d+),title=(PAT\d{3})::(.*)$")]
    private static partial Regex AnnotationPattern();
}
