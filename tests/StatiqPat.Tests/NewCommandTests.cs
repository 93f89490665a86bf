using System.Text.RegularExpressions;
using StatiqPat.Cli;
using StatiqPat.Content;
using StatiqPat.Fields;
using StatiqPat.Scaffolding;
using StatiqPat.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Tests;

/// <summary>
/// A contributor's path: <c>new</c> writes the sheet, they fill the required fields by hand, <c>check</c> passes and
/// the case appears in the built site.
/// </summary>
public sealed class NewCommandTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void New_case_has_a_folded_slug_every_schema_key_todays_date_and_the_title()
    {
        using var copy = new TempFolder();
        var input = copy.CopyIn(Repository.Fixture("site"), "input");

        var exit = NewCommand.Run("cas", "Cantine : l'été à Œuvre-Commune", input, Today, new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        var file = Path.Combine(input, "cas", "cantine-l-ete-a-oeuvre-commune.md");
        var front = FrontMatter(File.ReadAllText(file));
        var schemaKeys = SchemaNodes.Properties(NewSheet.Schema(ContentKind.Case, new SchemaContext(Vocabulary(input)))).Select(p => p.Key);
        Assert.Equal(schemaKeys, front.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal("Cantine : l'été à Œuvre-Commune", Scalar(front, "titre"));
        Assert.Equal("2026-12-01", Scalar(front, "ajoute_le"));
    }

    [Fact]
    public void An_unfilled_case_fails_check_only_on_its_required_fields_each_at_its_own_line()
    {
        using var copy = new TempFolder();
        var input = copy.CopyIn(Repository.Fixture("site"), "input");
        NewCommand.Run("cas", "Cas à remplir", input, Today, new StringWriter(), new StringWriter());
        var lines = File.ReadAllLines(Path.Combine(input, "cas", "cas-a-remplir.md"));

        var problems = SiteBuilder.Check(new BuildOptions(input));

        Assert.All(problems, p => Assert.Equal("PAT011", p.Code));
        // « resume » is a block: what is empty is its required « contexte », told at its own indented line.
        Assert.Equal(["contexte", "statut", "sources"], problems.Select(p => Regex.Match(p.Message, "« (.+) »").Groups[1].Value));
        Assert.All(problems, p => Assert.StartsWith(Regex.Match(p.Message, "« (.+) »").Groups[1].Value + ":", lines[p.Position.Line - 1].TrimStart()));
        Assert.All(problems, p => Assert.Equal(lines[p.Position.Line - 1].Length - lines[p.Position.Line - 1].TrimStart().Length + 1, p.Position.Column));
    }

    [Fact]
    public async Task A_case_from_new_filled_by_hand_passes_check_and_appears_in_the_site()
    {
        using var copy = new TempFolder();
        var input = copy.CopyIn(Repository.Fixture("site"), "input");
        NewCommand.Run("cas", "Groupement de commandes fictif", input, Today, new StringWriter(), new StringWriter());
        var path = Path.Combine(input, "cas", "groupement-de-commandes-fictif.md");

        // What a contributor types: values after the blank keys, the rest left as the template wrote it.
        var text = File.ReadAllText(path)
            .Replace("\n  contexte:\n", "\n  contexte: Deux communes fictives achètent ensemble pour leurs cantines.\n")
            .Replace("\nstatut:\n", "\nstatut: fictif\n")
            .Replace("\ntype:\n", "\ntype: bons-voisins\n")
            .Replace("\nterritoires:\n", "\nterritoires:\n  - commune-a\n")
            .Replace("\n  - source:\n", "\n  - source: document-essai\n")
            + "\n## Ce qui se passe\n\nUn exemple fictif, pour la démonstration.\n";
        File.WriteAllText(path, text);

        Assert.Empty(SiteBuilder.Check(new BuildOptions(input)));
        var result = await SiteBuilder.BuildAsync(new BuildOptions(input));
        var page = Html.Page(result, "cas/groupement-de-commandes-fictif/index.html");
        Assert.Equal("Groupement de commandes fictif", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(Html.Links(Html.Page(result, "territoires/commune-a/index.html")), href => href == "/cas/groupement-de-commandes-fictif/");
    }

    [Fact]
    public void New_refuses_to_overwrite_and_leaves_the_file_as_it_was()
    {
        using var copy = new TempFolder();
        var input = copy.CopyIn(Repository.Fixture("site"), "input");
        var existing = Path.Combine(input, "cas", "cas-reel.md");
        var before = File.ReadAllText(existing);
        var errors = new StringWriter();

        var exit = NewCommand.Run("cas", "Cas réel", input, Today, new StringWriter(), errors);

        Assert.Equal(1, exit);
        Assert.Equal(before, File.ReadAllText(existing));
        Assert.Contains("existe déjà", errors.ToString());
    }

    [Fact]
    public void New_tool_takes_the_next_number_and_a_territory_its_name_with_existing_territories_offered()
    {
        using var copy = new TempFolder();
        var input = copy.CopyIn(Repository.Fixture("site"), "input");

        NewCommand.Run("outil", "Atelier fictif", input, Today, new StringWriter(), new StringWriter());
        NewCommand.Run("territoire", "Commune C", input, Today, new StringWriter(), new StringWriter());

        var tool = FrontMatter(File.ReadAllText(Path.Combine(input, "outils", "atelier-fictif.md")));
        var existingNumbers = SiteContentOf(input).Tools.Where(t => t.Slug != "atelier-fictif").Max(t => t.Number);
        Assert.Equal((existingNumbers + 1).ToString(), Scalar(tool, "numero"));
        var territoryText = File.ReadAllText(Path.Combine(input, "territoires", "commune-c.md"));
        Assert.Equal("Commune C", Scalar(FrontMatter(territoryText), "nom"));
        var parentsComment = territoryText.Split('\n').TakeWhile(l => !l.StartsWith("parents:")).Last();
        Assert.Contains("commune-a", parentsComment + territoryText);
        Assert.Contains("interco-b", territoryText);
    }

    private static YamlMappingNode FrontMatter(string text)
    {
        var yaml = text.Split("---\n")[1];
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) => ((YamlScalarNode)mapping[key]).Value;

    private static Vocabulary Vocabulary(string input) => SiteContentOf(input).Vocabulary;

    private static SiteContent SiteContentOf(string input) =>
        new Loading.InputLoader(new Content.InputPaths(input), Loading.Markdown.MarkdownPipelineFactory.Create(), new Diagnostics.DiagnosticBag()).Load();
}
