using System.Globalization;
using System.Text.Json;
using StatiqPat.Indexing;
using StatiqPat.Pages;
using StatiqPat.Publishing;
using StatiqPat.Text;

namespace StatiqPat.Tests;

/// <summary>
/// <c>/recherche/regles.json</c>, which the search script takes its rules from, says what the C# rules do: the
/// folding of <see cref="Folding"/>, the facets and legends of the index, the thresholds of <see cref="Suggestions"/>.
/// The script's own tests (theme/tests) check that it applies the file's values, read from the fixture snapshot.
/// </summary>
public sealed class SearchRulesFileTests
{
    private static readonly JsonElement Rules = JsonDocument.Parse(SearchRulesFile.Json()).RootElement;

    [Fact]
    public void Every_letter_of_the_table_folds_in_either_case_to_what_Folding_Fold_gives()
    {
        var table = Rules.GetProperty("folding").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

        Assert.NotEmpty(table);
        foreach (var (letter, plain) in table)
        {
            var c = Assert.Single(letter);
            Assert.Equal(Folding.Fold(letter), plain);
            Assert.Equal(Folding.Fold(char.ToUpperInvariant(c).ToString()), plain);
        }

        Assert.Equal(Folding.Table.Count, table.Count);
    }

    [Fact]
    public void Every_letter_Folding_Fold_changes_beyond_lower_case_and_marks_is_in_the_table()
    {
        var table = Rules.GetProperty("folding");
        for (var c = '\0'; c < '\u0250'; c++)
        {
            var lower = char.ToLowerInvariant(c);
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || Folding.Fold(c.ToString()) == lower.ToString())
            {
                continue;
            }

            Assert.True(table.TryGetProperty(lower.ToString(), out var plain), $"U+{(int)c:X4} « {c} »");
            Assert.Equal(Folding.Fold(c.ToString()), plain.GetString());
        }
    }

    [Fact]
    public void The_facets_are_the_index_s_in_order_and_a_typology_s_legend_is_its_singular_name()
    {
        var facets = Rules.GetProperty("facets").EnumerateArray()
            .Select(f => new SearchFacet(f.GetProperty("name").GetString()!, f.GetProperty("label").GetString()!)).ToList();

        Assert.Equal(SearchFacetList.All, facets);
        Assert.Equal(facets.Count, facets.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        var typologies = new Dictionary<string, Dimension>
        {
            ["type"] = Dimensions.Types,
            ["degre"] = Dimensions.Degrees,
            ["fonction"] = Dimensions.Functions,
            ["niveau"] = Dimensions.Levels,
            ["role"] = Dimensions.Roles,
            ["thematique"] = Dimensions.Themes,
            ["region"] = Dimensions.Regions,
            ["departement"] = Dimensions.Departements,
        };
        foreach (var (name, dimension) in typologies)
        {
            Assert.Equal(dimension.Singular, Assert.Single(facets, f => f.Name == name).Label);
        }

        Assert.Equal(["Type de fiche", "Statut", "Format d'atelier"], facets.Where(f => !typologies.ContainsKey(f.Name)).Select(f => f.Label));
    }

    [Fact]
    public void The_thresholds_are_those_Suggestions_applies()
    {
        var closeness = Rules.GetProperty("closeness");
        var least = closeness.GetProperty("least").GetInt32();
        var lettersPerEdit = closeness.GetProperty("lettersPerEdit").GetInt32();

        for (var length = 0; length <= 30; length++)
        {
            Assert.Equal(Math.Max(least, length / lettersPerEdit), Suggestions.Allowance(new string('a', length)));
        }

        // Nine letters allow three edits, not four.
        Assert.Equal("abcdefxyz", Suggestions.Closest("abcdefghi", ["abcdefxyz"]));
        Assert.Null(Suggestions.Closest("abcdefghi", ["abcdewxyz"]));
    }
}
