using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.RealContent;

/// <summary>
/// Territoires à VivreS has five initiating structures. The poster's first line (seed 003, line 3) reads « Réseau
/// Cocagne, Réseau CIVAM, VRAC, Ambition » in two-column OCR: « Ambition » is the heading of the right-hand column
/// (line 13 speaks of « cette ambition »), and line 5 ends the list with « Secours Catholique et UGESS ».
/// </summary>
[Trait(Tiers.Name, Tiers.Content)]
public sealed class InitiatorsContentTests
{
    private static readonly string[] Initiators = ["Réseau Cocagne", "Réseau CIVAM", "VRAC", "Secours Catholique", "UGESS"];

    [Fact]
    public void The_poster_the_case_and_the_about_page_name_the_five_initiating_structures_and_no_sixth()
    {
        var diagnostics = new DiagnosticBag();
        var content = new InputLoader(new InputPaths(Repository.Input), MarkdownPipelineFactory.Create(), diagnostics).Load();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));

        Assert.Equal(Initiators, content.Sources.Sources.Single(s => s.Slug == "territoires-a-vivres-poster").Producers);
        var sheet = content.Cases.Single(c => c.Slug == "territoires-a-vivres-reseau-inter-associatif");
        Assert.Equal(Initiators, sheet.Actors.Select(a => a.Name));
        Assert.StartsWith("Cinq structures", sheet.Summary.Context, StringComparison.Ordinal);
        var about = content.Pages.Single(p => p.Slug == "a-propos").Body.Html;
        Assert.Contains("cinq réseaux et structures associatives", about, StringComparison.Ordinal);
        Assert.DoesNotContain("VRAC, Ambition", about, StringComparison.Ordinal);
    }
}
