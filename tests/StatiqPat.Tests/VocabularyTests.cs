using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

public sealed class VocabularyTests
{
    // About the real vocabulary in input/, not the loader: content tier.
    [Fact]
    [Trait(Tiers.Name, Tiers.Content)]
    public void The_reference_vocabulary_holds_the_lists_of_the_domain()
    {
        var diagnostics = new DiagnosticBag();
        var vocabulary = new InputLoader(new InputPaths(Repository.Input), MarkdownPipelineFactory.Create(), diagnostics).LoadVocabulary();

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(4, vocabulary.CooperationTypes.Terms.Count);
        Assert.Equal(6, vocabulary.Degrees.Terms.Count);
        Assert.Equal("copilotage", vocabulary.Degrees.Terms[0].Slug);
        Assert.Equal(["cultiver", "transformer", "manger", "chercher", "promouvoir", "eduquer"], vocabulary.Functions.Slugs);
        Assert.Equal(4, vocabulary.Engagement.Terms.Count);
        Assert.Equal(7, vocabulary.Roles.Terms.Count);
        Assert.Equal(4, vocabulary.Factors.Terms.Count);
        Assert.Equal(18, vocabulary.Regions.Terms.Count);
        Assert.Equal(101, vocabulary.Departements.Terms.Count);
        Assert.Equal("grand-est", vocabulary.Departements.Find("vosges")?.Parent);
        Assert.All(vocabulary.Functions.Terms, t => Assert.Matches("^#[0-9a-f]{6}$", t.Colour));
    }

    [Fact]
    public async Task A_value_added_to_the_vocabulary_file_is_accepted_by_sheets()
    {
        using var site = new InlineSite("""
            -- territoires/t.md --
            ---
            nom: T
            niveau: commune
            roles: [nouveau-role]
            sources: [{ document: x }]
            ajoute_le: 2026-01-01
            ---
            """);
        var before = await site.BuildAsync();
        Assert.Contains(before.Diagnostics, d => d.Code == ErrorCodes.UnknownVocabularyValue);

        var text = File.ReadAllText(Path.Combine(site.Input, "vocabulaire.yml"));
        text = text.Replace("roles:\n", "roles:\n  - slug: nouveau-role\n    libelle: Nouveau rôle\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site.Input, "vocabulaire.yml"), text);
        var after = await site.BuildAsync();

        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
        var page = Html.Page(after, "territoires/t/index.html");
        Assert.Contains("Nouveau rôle", page.QuerySelector("main")!.TextContent);
    }
}
