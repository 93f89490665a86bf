using System.Reflection;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqPat.Diagnostics;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>
/// <c>docs/erreurs.md</c> is where every report line sends a contributor ("les codes sont expliqués dans
/// docs/erreurs.md"). These tests keep it complete (one section per code, each with an example and a fix) and
/// honest (example lines have the real format, and those copied from the invalid fixture still read exactly
/// as its pinned <c>expected.txt</c>), so a new code or a reworded message cannot leave the guide behind.
/// </summary>
public sealed partial class ErrorDocumentationTests
{
    private static readonly string GuideFile = Path.Combine(Repository.Root, "docs", "erreurs.md");
    private static readonly string ExpectedFile = Path.Combine(Path.GetDirectoryName(Repository.Fixture("invalid"))!, "expected.txt");

    /// <summary>
    /// Reflection is fine in a test: it is the only way to notice a code added to <see cref="ErrorCodes"/>
    /// without anyone remembering to document it.
    /// </summary>
    private static readonly string[] KnownCodes = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var code in KnownCodes)
        {
            data.Add(code);
        }

        return data;
    }

    [Fact]
    public void Every_error_code_has_exactly_one_section_and_no_section_names_an_unknown_code()
    {
        var guide = Guide.Load();

        // A heading that starts like a code section but misses the exact form (a hyphen for the em dash, a
        // missing title) would otherwise be silently skipped and its code reported as undocumented.
        Assert.All(guide.Headings.Where(h => h.Level == 2 && StartsWithCode().IsMatch(h.Text)),
            h => Assert.Matches(SectionHeading(), h.Text));

        var mentioned = guide.Headings.SelectMany(h => AnyCode().Matches(h.Text).Select(m => m.Value)).Distinct();
        Assert.Empty(mentioned.Except(KnownCodes));

        var sectionCodes = guide.Sections.Select(s => s.Code).ToList();
        Assert.All(KnownCodes, code => Assert.Single(sectionCodes, c => c == code));

        // Contributors look a code up by scanning down the page: the sections must follow the numbering.
        Assert.Equal(sectionCodes.Order(StringComparer.Ordinal), sectionCodes);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_an_example_ending_in_its_error_line_as_printed(string code)
    {
        var section = Guide.Load().Section(code);

        var example = section.IndexOfLabel("Exemple");
        Assert.True(example >= 0, $"{code} : aucun paragraphe **Exemple**");
        var correction = section.IndexOfLabel("Correction");
        var exampleBlocks = section.Blocks.Take(correction < 0 ? section.Blocks.Count : correction).Skip(example + 1).ToList();

        // The faulty input comes first, then what the tool printed for it: a reader needs both to recognise their own case.
        var firstReport = exampleBlocks.FindIndex(IsReport);
        Assert.True(firstReport >= 0, $"{code} : l'exemple n'a pas de bloc ```text avec la ligne d'erreur");
        Assert.True(exampleBlocks.Take(firstReport).Any(b => b is FencedCodeBlock),
            $"{code} : l'exemple ne montre pas l'entrée fautive (bloc de code) avant la ligne d'erreur");

        var linePattern = new Regex($@"^[^:]+:\d+:\d+: (error|warning) {Regex.Escape(code)}: .+$");
        var lines = section.Blocks.Where(IsReport).SelectMany(b => LinesOf((FencedCodeBlock)b)).ToList();
        Assert.All(lines, line => Assert.Matches(linePattern, line));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_says_how_to_fix_it(string code)
    {
        var section = Guide.Load().Section(code);

        var example = section.IndexOfLabel("Exemple");
        var correction = section.IndexOfLabel("Correction");
        Assert.True(correction >= 0, $"{code} : aucun paragraphe **Correction**");
        Assert.True(correction > example, $"{code} : **Correction** doit venir après **Exemple**");

        // The label alone fixes nothing: a fixed input or a sentence must follow it.
        var fix = section.Blocks.Skip(correction + 1).FirstOrDefault();
        Assert.True(fix is FencedCodeBlock or ParagraphBlock or ListBlock, $"{code} : **Correction** n'est suivi d'aucune explication");
    }

    [Fact]
    public void Error_lines_copied_from_the_invalid_fixture_read_exactly_as_its_pinned_report()
    {
        var guide = Guide.Load();
        var pinned = File.ReadAllLines(ExpectedFile).Where(l => l.Length > 0).Select(ReportLine.Parse).ToList();
        var fixtureFiles = pinned.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);

        // A guide line is a copy of the fixture's report when it names one of the fixture's files with a code that
        // file really produces. Other lines (invented files, or a fixture file with another code, such as a
        // missing site.yml) come from other inputs and are checked by hand against the tool's output.
        var copies = guide.ReportLines
            .Where(l => fixtureFiles.Contains(l.Path) && pinned.Any(p => p.Path == l.Path && p.Code == l.Code))
            .ToList();

        var drifted = copies
            .Where(l => !pinned.Any(p => p.Text == l.Text))
            .Select(l => $"docs/erreurs.md : {l.Text}\n  expected.txt   : " +
                string.Join("\n                   ", pinned.Where(p => p.Path == l.Path && p.Code == l.Code).Select(p => p.Text)))
            .ToList();
        // The whole lines, not xunit's truncated collection dump: the difference is often one word near the end.
        Assert.True(drifted.Count == 0, "Lignes recopiées du site d'essai invalide qui ne correspondent plus :\n" + string.Join("\n", drifted));

        // Without this, moving every example to an invented file would quietly turn the comparison above into a no-op.
        var unillustrated = pinned.Select(p => p.Code).Distinct().Except(copies.Select(l => l.Code)).ToList();
        Assert.Empty(unillustrated);
    }

    private static bool IsReport(Block block) => block is FencedCodeBlock { Info: "text" };

    private static IEnumerable<string> LinesOf(FencedCodeBlock block) =>
        block.Lines.ToString().ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0);

    private static string TextOf(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    /// <summary>The guide as a Markdig tree: its headings, its code sections and every error line it shows.</summary>
    private sealed record Guide(IReadOnlyList<(int Level, string Text)> Headings, IReadOnlyList<Section> Sections,
        IReadOnlyList<ReportLine> ReportLines)
    {
        public static Guide Load()
        {
            var document = Markdown.Parse(File.ReadAllText(GuideFile));
            var blocks = document.ToList();
            var headings = blocks.OfType<HeadingBlock>().Select(h => (h.Level, TextOf(h.Inline))).ToList();

            // A section runs from its "## PATnnn — …" heading to the next heading of the same or a higher level.
            var sections = new List<Section>();
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is not HeadingBlock { Level: 2 } heading || SectionHeading().Match(TextOf(heading.Inline)) is not { Success: true } match)
                {
                    continue;
                }

                var body = blocks.Skip(i + 1).TakeWhile(b => b is not HeadingBlock { Level: <= 2 }).ToList();
                sections.Add(new Section(match.Groups["code"].Value, body));
            }

            // Every ```text block of the page, the introduction's included: any of them may be copied from a real run.
            var reports = blocks.Where(IsReport).SelectMany(b => LinesOf((FencedCodeBlock)b))
                .Where(l => ReportPattern().IsMatch(l)).Select(ReportLine.Parse).ToList();
            return new Guide(headings, sections, reports);
        }

        public Section Section(string code)
        {
            var matches = Sections.Where(s => s.Code == code).ToList();
            Assert.True(matches.Count == 1, $"{code} : {matches.Count} section(s) « ## {code} — … » au lieu d'une");
            return matches[0];
        }
    }

    private sealed record Section(string Code, IReadOnlyList<Block> Blocks)
    {
        /// <summary>Where a paragraph made of the bold word alone (<c>**Exemple**</c>) sits, or -1.</summary>
        public int IndexOfLabel(string label)
        {
            for (var i = 0; i < Blocks.Count; i++)
            {
                if (Blocks[i] is ParagraphBlock { Inline.FirstChild: EmphasisInline { DelimiterCount: 2, NextSibling: null } strong }
                    && TextOf(strong) == label)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private sealed record ReportLine(string Path, string Code, string Text)
    {
        public static ReportLine Parse(string text)
        {
            var match = ReportPattern().Match(text);
            Assert.True(match.Success, $"ligne d'erreur illisible : {text}");
            return new ReportLine(match.Groups["path"].Value, match.Groups["code"].Value, text);
        }
    }

    [GeneratedRegex(@"^(?<path>[^:]+):\d+:\d+: error (?<code>PAT\d{3}): .+$")]
    private static partial Regex ReportPattern();

    [GeneratedRegex(@"^(?<code>PAT\d{3}) — \S.*$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^PAT\d{3}")]
    private static partial Regex StartsWithCode();

    [GeneratedRegex(@"PAT\d{3}")]
    private static partial Regex AnyCode();
}
