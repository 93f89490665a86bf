using StatiqPat.Content;
using StatiqPat.Indexing;
using StatiqPat.Pages;

namespace StatiqPat.Tests;

/// <summary>What the search page is given: the thesaurus it expands queries with, and the suggestions for a query that finds nothing. In memory.</summary>
public sealed class SearchDataTests
{
    private static readonly Term Epci = new("intercommunalite", "Intercommunalité", "", null, 1, null);
    private static readonly Term Vosges = new("vosges", "Vosges", "88", null, 1, "grand-est");
    private static readonly Term Overseas = new("sans-code", "Sans code", "", null, 2, "grand-est");

    [Fact]
    public void A_group_naming_a_vocabulary_value_leads_to_its_index_and_each_departement_brings_its_council_sigle()
    {
        var content = Content(new SynonymGroup { Words = ["EPCI", "intercommunalité"], Level = Epci }, new SynonymGroup { Words = ["cantine", "restauration collective"] });

        var sets = SearchSynonyms.Of(content);

        Assert.Equal(["EPCI", "intercommunalité"], sets[0].Words);
        Assert.Equal("/niveaux/intercommunalite/", sets[0].Index?.Url);
        Assert.Null(sets[1].Index);
        var vosges = Assert.Single(sets.Skip(2));
        Assert.Equal(["Vosges", "CD88"], vosges.Words);
        Assert.Equal("/departements/vosges/", vosges.Index?.Url);
    }

    [Fact]
    public void Suggestions_carry_titles_values_and_thesaurus_words_folded_as_check_folds_them()
    {
        var content = Content(new SynonymGroup { Words = ["Cantine"] }) with
        {
            Cases = [new CaseSheet { Slug = "a", Title = "Épinal et la Déodatie" }],
        };

        var suggestions = SearchSuggestions.Of(new SiteIndex(content));

        var sheet = Assert.Single(suggestions, s => s.Url == "/cas/a/");
        Assert.Equal(("Cas", "epinal et la deodatie"), (sheet.Kind, sheet.Folded));
        Assert.Contains(suggestions, s => s.Url == "/niveaux/intercommunalite/" && s.Folded == "intercommunalite");
        Assert.Contains(suggestions, s => s.Url == "/recherche/?q=Cantine" && s.Kind == "Recherche");
    }

    private static SiteContent Content(params SynonymGroup[] groups)
    {
        var vocabulary = new Vocabulary
        {
            Levels = new TermList("niveaux", "Niveaux") { Terms = [Epci] },
            Departements = new TermList("departements", "Départements") { Terms = [Vosges, Overseas] },
        };
        return new SiteContent(new SiteSettings(), vocabulary, [], [], [], []) { Thesaurus = new Thesaurus { Groups = groups } };
    }
}
