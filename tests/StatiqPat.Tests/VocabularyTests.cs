using StatiqPat.Diagnostics;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

public sealed class VocabularyTests
{
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
