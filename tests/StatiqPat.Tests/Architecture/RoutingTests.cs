using StatiqPat.Diagnostics;
using StatiqPat.Indexing;
using StatiqPat.Routing;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Architecture;

/// <summary>The URL scheme knows every first segment the site hands out, so no editorial page can take one.</summary>
public sealed class RoutingTests
{
    [Fact]
    public void Every_typology_has_its_address_in_the_url_scheme_and_it_is_reserved()
    {
        Assert.Equal(TypologyKeys.All, Dimensions.All.Select(d => d.Key));
        Assert.All(TypologyKeys.All, key => Assert.Contains(key, Urls.Reserved));
        Assert.All(["cas", "outils", "territoires", "matrices", "recherche", "donnees", "admin", "explorer"],
            segment => Assert.Contains(segment, Urls.Reserved));
    }

    [Fact]
    public async Task A_page_named_after_a_typology_is_refused_with_its_own_code()
    {
        using var site = new InlineSite("""
            -- pages/fonctions.md --
            ---
            titre: Les fonctions
            description: Une page qui voudrait l'adresse d'une typologie.
            ajoute_le: 2024-01-01
            ---
            Texte.
            """);
        var result = await site.BuildAsync();

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.ReservedAddress, problem.Code);
        Assert.EndsWith("pages/fonctions.md", problem.Position.Path, StringComparison.Ordinal);
    }
}
