using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>Generated pages follow the content: adding one case changes every page that should mention it, and only those.</summary>
public sealed class ChangePropagationTests
{
    private const string NewCase = """
        ---
        titre: Un nouveau cas de bons voisins
        resume:
          contexte: Ajouté pour le test.
        statut: reel
        territoires:
          - commune-a
          - interco-b
        acteurs:
          - nom: Commune A
            territoire: commune-a
            niveau: commune
          - nom: Intercommunalité B
            territoire: interco-b
            niveau: intercommunalite
        type: bons-voisins
        degre: copilotage
        fonctions:
          - cultiver
        periode:
          debut: 2024
        sources:
          - document: exemple fictif
        ajoute_le: 2026-06-01
        ---
        """;

    [Fact]
    public async Task Adding_a_case_changes_every_affected_index_value_page_and_matrix()
    {
        using var folder = new TempFolder();
        folder.CopyIn(Repository.Fixture("site"), "input");
        var before = await SiteBuilder.BuildAsync(new BuildOptions(folder.Combine("input")));
        await File.WriteAllTextAsync(folder.Combine("input", "cas", "nouveau.md"), NewCase);

        var after = await SiteBuilder.BuildAsync(new BuildOptions(folder.Combine("input")));

        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
        string[] affected =
        [
            "index.html", "cas/index.html", "typologie/index.html", "typologie/bons-voisins/index.html", "degres/index.html",
            "degres/copilotage/index.html", "fonctions/cultiver/index.html", "niveaux/commune/index.html", "annees/index.html",
            "departements/vosges/index.html", "regions/grand-est/index.html", "territoires/commune-a/index.html",
            "territoires/interco-b/index.html", "matrices/types-degres/index.html", "matrices/niveaux/index.html",
            "matrices/territoires/index.html", "matrices/fonctions-niveaux/index.html", "matrices/carto/departement-vosges/index.html",
            "matrices/types-degres.csv", "matrices/carto/departement-vosges-territoires.csv",
        ];
        foreach (var path in affected)
        {
            Assert.False(Same(before, after, path), $"{path} did not change after a case was added");
        }

        string[] unaffected = ["typologie/alliances-strategiques/index.html", "degres/mutualisation/index.html", "outils/atelier-test/index.html"];
        Assert.All(unaffected, path => Assert.True(Same(before, after, path), $"{path} changed although the new case does not concern it"));

        Assert.Null(before.File("matrices/types-degres/bons-voisins--copilotage/index.html"));
        var cell = Html.Page(after, "matrices/types-degres/bons-voisins--copilotage/index.html");
        Assert.Equal(["/cas/nouveau/"], Html.Links(cell, "article.card h3 a"));
        Assert.Contains("/cas/nouveau/", Html.Links(Html.Page(after, "typologie/bons-voisins/index.html"), "article.card h3 a"));
        Assert.NotNull(after.File("annees/2024/index.html"));
    }

    private static bool Same(BuildResult before, BuildResult after, string path) =>
        (before.File(path)?.Content ?? []).AsSpan().SequenceEqual(after.File(path)?.Content ?? throw new Xunit.Sdk.XunitException($"{path} missing after"));
}
