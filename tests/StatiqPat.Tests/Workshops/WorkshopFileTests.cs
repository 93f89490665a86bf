using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Workshops;

/// <summary><c>ateliers.yml</c> read and checked like the sheets: every problem at its file, line and column.</summary>
public sealed class WorkshopFileTests
{
    [Fact]
    public async Task An_unknown_tool_and_a_suite_the_tool_lacks_are_reported_at_their_line_with_a_suggestion()
    {
        using var site = new InlineSite("""
            -- outils/carto-collective.md --
            ---
            numero: 3
            titre: Carto collective
            objectifs:
              - Cartographier.
            sources:
              - document: essai
            ajoute_le: 2026-01-01
            ---
            -- ateliers.yml --
            sequences:
              - slug: essai
                titre: Essai
                description: Une séquence d'essai.
                etapes:
                  - outils: [carto-colective]
                  - outils: [carto-collective]
                    suite: oui
                sources:
                  - document: essai
            """);

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.Contains("ateliers.yml:6:", StringComparison.Ordinal)
            && m.Contains("error PAT030: aucune fiche outil « carto-colective »", StringComparison.Ordinal)
            && m.Contains("vouliez-vous dire « carto-collective »", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("ateliers.yml:7:", StringComparison.Ordinal)
            && m.Contains("error PAT013: l'outil « carto-collective » n'a pas de suite", StringComparison.Ordinal));
        Assert.Empty(result.Files);
    }

    [Fact]
    public async Task A_sequence_missing_its_steps_is_an_error_naming_the_key()
    {
        using var site = new InlineSite("""
            -- ateliers.yml --
            sequences:
              - slug: essai
                titre: Essai
                description: Une séquence d'essai.
                sources:
                  - document: essai
            """);

        var result = await site.BuildAsync();

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("PAT011", problem.Code);
        Assert.Contains("etapes", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("ateliers.yml", problem.Position.Path, StringComparison.Ordinal);
        Assert.Equal(2, problem.Position.Line);
    }
}
