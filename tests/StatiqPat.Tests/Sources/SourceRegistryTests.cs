using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Sources;

/// <summary>The registry of source documents: citations by identifier, checked, shown as references, gathered on /sources/.</summary>
public sealed class SourceRegistryTests
{
    [Fact]
    public async Task A_citation_of_an_unknown_source_is_reported_at_its_line_with_the_closest_identifier()
    {
        using var site = new InlineSite("""
            -- sources.yml --
            sources:
              - slug: rapport-final
                reference: Un rapport final
                couvre: Tout.
            -- territoires/essai.md --
            ---
            nom: Essai
            niveau: commune
            sources:
              - source: rapport-finale
                apport: Le nom.
            ajoute_le: 2026-01-01
            ---
            """);

        var result = await site.BuildAsync();

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("PAT034", problem.Code);
        Assert.Equal((5, 13), (problem.Position.Line, problem.Position.Column));
        Assert.EndsWith("territoires/essai.md", problem.Position.Path, StringComparison.Ordinal);
        Assert.Equal("« rapport-finale » n'est pas dans le registre des sources (input/sources.yml)", problem.Message);
        Assert.StartsWith("vouliez-vous dire « rapport-final » ?", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_shows_the_reference_of_a_registered_source_linked_to_its_entry_which_lists_the_sheet()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var citations = Html.Page(result, "cas/cas-reel/index.html").QuerySelectorAll(".sheet-footer li").ToList();
        Assert.Equal(("Document d'essai, 2026", "/sources/#document-essai"),
            (citations[0].QuerySelector("cite")!.TextContent, citations[0].QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("https://example.org/source", citations[1].QuerySelector("cite")!.TextContent);

        var registry = Html.Page(result, "sources/index.html");
        var entry = registry.GetElementById("document-essai")!;
        Assert.Equal("Document d'essai, 2026", entry.QuerySelector("h2")!.TextContent);
        Assert.Contains(entry.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/cas/cas-reel/");
        Assert.Contains(entry.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://example.org/document-essai");
        Assert.DoesNotContain("essai.txt", registry.Body!.TextContent, StringComparison.Ordinal);
    }
}
