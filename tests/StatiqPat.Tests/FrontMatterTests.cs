using StatiqPat.Content;
using StatiqPat.Definitions;
using StatiqPat.Diagnostics;
using StatiqPat.Fields;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;
using StatiqPat.Tests.Support;
using StatiqPat.Text;

namespace StatiqPat.Tests;

public sealed class FrontMatterTests
{
    private static readonly Vocabulary Vocabulary = LoadFixtureVocabulary();

    [Fact]
    public void A_complete_case_front_matter_is_read_into_typed_fields()
    {
        var (sheet, diagnostics) = ReadCase("""
            titre: Un cas
            resume:
              contexte: Le contexte.
            statut: fictif
            type: bons-voisins
            degre: coordination
            fonctions: [manger, cultiver]
            periode: { debut: 2019, fin: 2021 }
            territoires: [commune-a]
            sources:
              - document: 004_bccfe7046e381e63.txt
            ajoute_le: 2026-03-15
            """);

        Assert.Empty(diagnostics);
        Assert.Equal("Un cas", sheet.Title);
        Assert.True(sheet.IsFictitious);
        Assert.Equal("Les bons voisins", sheet.CooperationType?.Label);
        Assert.Equal(3, sheet.Degree?.Rank);
        Assert.Equal(["manger", "cultiver"], sheet.Functions.Select(f => f.Slug));
        Assert.Equal(2019, sheet.Period?.Start);
        Assert.Equal(new DateOnly(2026, 3, 15), sheet.Added);
        var territory = Assert.Single(sheet.Territories);
        Assert.Equal(new SourcePosition("input/cas/test.md", 10, 15), territory.Position);
    }

    [Fact]
    public void An_unknown_key_is_reported_at_its_line_with_the_closest_known_key()
    {
        var (_, diagnostics) = ReadCase("""
            titre: Un cas
            resume: { contexte: Le contexte. }
            statut: reel
            fonction: [manger]
            sources: [{ document: x }]
            ajoute_le: 2026-03-15
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(ErrorCodes.UnknownKey, diagnostic.Code);
        Assert.Equal(5, diagnostic.Position.Line);
        Assert.Equal(1, diagnostic.Position.Column);
        Assert.StartsWith("vouliez-vous dire « fonctions » ?", diagnostic.Hint);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_not_only_the_first()
    {
        var (_, diagnostics) = ReadCase("""
            titre: [pas un texte]
            resume: { contexte: Le contexte. }
            degre: tres-fort
            ajoute_le: hier
            """);

        Assert.Equal(
            [ErrorCodes.MissingField, ErrorCodes.MissingField, ErrorCodes.WrongType, ErrorCodes.UnknownVocabularyValue, ErrorCodes.InvalidValue],
            diagnostics.Select(d => d.Code));
        Assert.Contains(diagnostics, d => d.Message.Contains("« statut »"));
        Assert.Contains(diagnostics, d => d.Message.Contains("« sources »"));
    }

    [Fact]
    public void A_blank_value_counts_as_not_provided_rather_than_as_an_error()
    {
        var (sheet, diagnostics) = ReadCase("""
            titre: Un cas
            resume: { contexte: Le contexte. }
            statut: reel
            type:
            degre: ~
            sources: [{ document: x }]
            ajoute_le: 2026-03-15
            """);

        Assert.Empty(diagnostics);
        Assert.Null(sheet.CooperationType);
        Assert.Null(sheet.Degree);
    }

    [Fact]
    public void An_unquoted_colon_in_a_sentence_gets_a_hint_about_quotes()
    {
        var (_, diagnostics) = ReadCase("""
            titre: Le cas : un exemple
            resume: { contexte: Le contexte. }
            statut: reel
            sources: [{ document: x }]
            ajoute_le: 2026-03-15
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(ErrorCodes.MalformedYaml, diagnostic.Code);
        Assert.Equal(2, diagnostic.Position.Line);
    }

    [Fact]
    public void A_sentence_with_a_colon_in_a_list_is_read_as_a_mapping_and_the_hint_says_to_quote_it()
    {
        var diagnostics = new DiagnosticBag();
        var mapping = FrontMatterSplitter.Parse("objectifs:\n  - Partager : ensemble\n", "input/outils/x.md", diagnostics)!;
        ToolFields.Sheet.TryRead(mapping, new ReadContext("input/outils/x.md", 1, Vocabulary, diagnostics, new InputPaths(Repository.Fixture("site"))), out _);

        var wrongType = Assert.Single(diagnostics.Sorted(), d => d.Code == ErrorCodes.WrongType);
        Assert.Equal(3, wrongType.Position.Line);
        Assert.Contains("guillemets", wrongType.Hint);
    }

    [Fact]
    public async Task A_file_saved_on_windows_with_a_byte_order_mark_and_crlf_line_ends_builds_like_any_other()
    {
        using var site = new InlineSite("");
        var text = "---\r\nnom: Ville d'essai\r\nniveau: commune\r\nsources:\r\n  - document: x\r\najoute_le: 2026-01-01\r\n---\r\n\r\n## Présentation\r\n\r\nTexte.\r\n";
        Directory.CreateDirectory(Path.Combine(site.Input, "territoires"));
        await File.WriteAllTextAsync(Path.Combine(site.Input, "territoires", "ville.md"), text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("Ville d'essai", Html.Page(result, "territoires/ville/index.html").QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_tab_in_the_indentation_is_reported_at_its_line()
    {
        using var site = new InlineSite("-- cas/x.md --\n---\ntitre: X\nresume:\n\tcontexte: C\n---");

        var result = await site.BuildAsync();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.MalformedYaml, diagnostic.Code);
        Assert.Equal("input/cas/x.md", diagnostic.Position.Path);
        Assert.Equal(new SourcePosition("input/cas/x.md", 4, 1), diagnostic.Position);
    }

    [Theory]
    [InlineData("poupee-russe", "poupees-russes")]
    [InlineData("Bons-Voisins", "bons-voisins")]
    [InlineData("alliance-strategique", "alliances-strategiques")]
    public void An_unknown_vocabulary_slug_suggests_the_closest_value(string typed, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(typed, Vocabulary.CooperationTypes.Slugs));

    [Fact]
    public void A_word_far_from_every_value_gets_no_suggestion() =>
        Assert.Null(Suggestions.Closest("xyz", Vocabulary.CooperationTypes.Slugs));

    private static (CaseSheet Sheet, IReadOnlyList<Diagnostic> Diagnostics) ReadCase(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var mapping = FrontMatterSplitter.Parse(yaml, "input/cas/test.md", diagnostics);
        var sheet = new CaseSheet();
        if (mapping is not null)
        {
            var context = new ReadContext("input/cas/test.md", 1, Vocabulary, diagnostics, new InputPaths(Repository.Fixture("site")));
            CaseFields.Sheet.TryRead(mapping, context, out sheet);
        }

        return (sheet, diagnostics.Sorted());
    }

    private static Vocabulary LoadFixtureVocabulary()
    {
        var diagnostics = new DiagnosticBag();
        var vocabulary = new InputLoader(new InputPaths(Repository.Fixture("site")), MarkdownPipelineFactory.Create(), diagnostics).LoadVocabulary();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return vocabulary;
    }
}
