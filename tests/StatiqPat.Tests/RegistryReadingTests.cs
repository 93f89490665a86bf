using StatiqPat.Content;
using StatiqPat.Definitions;
using StatiqPat.Diagnostics;
using StatiqPat.Fields;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Tests;

/// <summary>
/// The reference files read like sheets: a slug given twice in a registry, a repository or a public address of the
/// wrong form, each reported at its own line and column. Read straight through the field definitions, without a build.
/// </summary>
public sealed class RegistryReadingTests
{
    [Fact]
    public void A_source_slug_given_twice_is_reported_at_the_second_slug_naming_the_first_entry_which_alone_is_kept()
    {
        var (registry, problems) = ReadYaml(SourceFields.File, """
            sources:
              - slug: rapport
                reference: Le rapport
                couvre: Tout.
              - reference: Le rapport, recopié
                slug: rapport
                couvre: Tout encore.
            """);

        var problem = Assert.Single(problems);
        Assert.Equal((ErrorCodes.DuplicateSlug, 6, 11), (problem.Code, problem.Position.Line, problem.Position.Column));
        Assert.Equal("l'identifiant « rapport » est déjà pris par l'entrée de la ligne 2", problem.Message);
        Assert.NotEmpty(problem.Hint!);
        Assert.Equal(["Le rapport"], registry.Sources.Select(s => s.Citation));
    }

    [Fact]
    public void Entries_whose_slug_is_missing_or_invalid_are_reported_as_such_and_not_as_taking_the_same_slug()
    {
        var (registry, problems) = ReadYaml(SourceFields.File, """
            sources:
              - reference: Sans identifiant
                couvre: Tout.
              - slug: Pas Valide
                reference: Identifiant mal écrit
                couvre: Tout.
              - reference: Sans identifiant non plus
                couvre: Tout.
            """);

        Assert.Equal([ErrorCodes.MissingField, ErrorCodes.InvalidValue, ErrorCodes.MissingField], problems.Select(p => p.Code));
        Assert.Equal(3, registry.Sources.Count);
    }

    [Fact]
    public void A_vocabulary_value_given_twice_in_one_list_is_a_slug_already_taken()
    {
        var list = new TermListValueReader(TermList.Empty("statuts", "Statuts"), new ObjectValueReader<Term>(() => Term.Empty,
        [
            Field<Term>.Of("slug", "Identifiant.", new SlugValueReader(), r => r.Slug, (r, v) => r with { Slug = v }),
            Field<Term>.Of("libelle", "Libellé.", Read.Text, r => r.Label, (r, v) => r with { Label = v }),
        ]));

        var (terms, problems) = ReadYaml(list, """
            - slug: reel
              libelle: Réel
            - slug: fictif
              libelle: Fictif
            - slug: reel
              libelle: Réel, bis
            """);

        var problem = Assert.Single(problems);
        Assert.Equal((ErrorCodes.DuplicateSlug, 5, 9), (problem.Code, problem.Position.Line, problem.Position.Column));
        Assert.Equal("l'identifiant « reel » est déjà pris par l'entrée de la ligne 1", problem.Message);
        Assert.Equal(["reel", "fictif"], terms.Terms.Select(t => t.Slug));
    }

    [Fact]
    public void Two_workshop_sequences_with_one_slug_are_reported_at_the_second_slug()
    {
        var (workshops, problems) = ReadYaml(WorkshopFields.File, """
            sequences:
              - slug: essai
                titre: Essai
                description: Une séquence.
                etapes:
                  - outils: [atelier-test]
                sources:
                  - document: essai
              - slug: essai
                titre: Essai recopié
                description: La même.
                etapes:
                  - outils: [atelier-test]
                sources:
                  - document: essai
            """);

        var problem = Assert.Single(problems);
        Assert.Equal((ErrorCodes.DuplicateSlug, 9, 11), (problem.Code, problem.Position.Line, problem.Position.Column));
        Assert.Contains("ligne 2", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["Essai"], workshops.Sequences.Select(s => s.Title));
    }

    [Fact]
    public void The_same_value_twice_in_a_plain_list_is_still_a_repeated_item()
    {
        var (_, problems) = ReadYaml(Read.Refs(ContentKind.Tool), "[atelier, atelier]");

        Assert.Equal([ErrorCodes.InvalidValue], problems.Select(p => p.Code));
    }

    [Theory]
    [InlineData("exemple-fictif/cooperations")]
    [InlineData("A1/site.web_2")]
    [InlineData("a/.github")]
    [InlineData("o-r-g/..x")]
    public void A_repository_written_owner_slash_name_with_githubs_characters_is_kept(string repository)
    {
        var (settings, problems) = ReadYaml(SiteFields.Settings, Settings($"depot: {repository}"));

        Assert.Empty(problems);
        Assert.Equal(repository, settings.Repository);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("organisation")]
    [InlineData("-org/site")]
    [InlineData("org-/site")]
    [InlineData("o--rg/site")]
    [InlineData("org/..")]
    [InlineData("org/.")]
    [InlineData("org/site/extra")]
    [InlineData("org/si te")]
    [InlineData("org_x/site")]
    [InlineData("\"org/site?ref=main\"")]
    public void A_repository_of_another_form_is_reported_at_its_line_with_the_expected_form(string repository)
    {
        var (settings, problems) = ReadYaml(SiteFields.Settings, Settings($"depot: {repository}"));

        var problem = Assert.Single(problems);
        Assert.Equal((ErrorCodes.InvalidValue, 5, 8), (problem.Code, problem.Position.Line, problem.Position.Column));
        Assert.EndsWith("n'est pas un dépôt GitHub de la forme organisation/nom", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("depot: organisation/nom-du-depot", problem.Hint, StringComparison.Ordinal);
        Assert.Equal("", settings.Repository);
    }

    [Fact]
    public void A_repository_owner_is_at_most_39_characters_and_a_name_at_most_100()
    {
        var owner = new string('a', 39);
        var name = new string('b', 100);

        Assert.Empty(ReadYaml(SiteFields.Settings, Settings($"depot: {owner}/{name}")).Problems);
        Assert.Single(ReadYaml(SiteFields.Settings, Settings($"depot: {owner}a/{name}")).Problems);
        Assert.Single(ReadYaml(SiteFields.Settings, Settings($"depot: {owner}/{name}b")).Problems);
    }

    [Fact]
    public void A_pasted_github_address_is_refused_with_the_part_to_keep()
    {
        var (_, problems) = ReadYaml(SiteFields.Settings, Settings("depot: https://github.com/exemple/site.git"));

        Assert.Equal("écrivez seulement l'organisation et le nom du dépôt, sans l'adresse de GitHub : depot: exemple/site", Assert.Single(problems).Hint);
    }

    [Theory]
    [InlineData("https://exemple.org", "https://exemple.org")]
    [InlineData("https://exemple.org/", "https://exemple.org")]
    [InlineData("https://exemple.github.io/site", "https://exemple.github.io/site")]
    [InlineData("https://exemple.org:8443/site/", "https://exemple.org:8443/site")]
    public void A_public_https_address_is_kept_without_its_final_slash(string url, string kept)
    {
        var (settings, problems) = ReadYaml(SiteFields.Settings, Settings($"url: {url}", url: null));

        Assert.Empty(problems);
        Assert.Equal(kept, settings.BaseUrl);
    }

    [Theory]
    [InlineData("http://exemple.org", "« http://exemple.org » n'est pas une adresse https", "l'adresse publique du site commence par https:// : url: https://exemple.org")]
    [InlineData("https://moi:secret@exemple.org/site", "« https://moi:secret@exemple.org/site » contient plus que l'adresse du site (identifiant, « ? » ou « # »)", "gardez le début de l'adresse, auquel le site ajoute celle de chaque page : url: https://exemple.org/site")]
    [InlineData("\"https://exemple.org/?page=1\"", "« https://exemple.org/?page=1 » contient plus que l'adresse du site (identifiant, « ? » ou « # »)", "gardez le début de l'adresse, auquel le site ajoute celle de chaque page : url: https://exemple.org")]
    [InlineData("\"https://exemple.org/#haut\"", "« https://exemple.org/#haut » contient plus que l'adresse du site (identifiant, « ? » ou « # »)", "gardez le début de l'adresse, auquel le site ajoute celle de chaque page : url: https://exemple.org")]
    [InlineData("exemple.org", "« exemple.org » n'est pas une adresse web complète", "écrivez l'adresse publique entière, par exemple url: https://cooperations-interpat.netlify.app")]
    [InlineData("https:exemple.org", "« https:exemple.org » n'est pas une adresse web complète", "écrivez l'adresse publique entière, par exemple url: https://cooperations-interpat.netlify.app")]
    [InlineData("ftp://exemple.org", "« ftp://exemple.org » n'est pas une adresse web complète", "écrivez l'adresse publique entière, par exemple url: https://cooperations-interpat.netlify.app")]
    [InlineData("https://", "« https:// » n'est pas une adresse web complète", "écrivez l'adresse publique entière, par exemple url: https://cooperations-interpat.netlify.app")]
    public void A_public_address_other_than_https_and_a_host_and_a_path_is_reported_at_its_line(string url, string message, string hint)
    {
        var (_, problems) = ReadYaml(SiteFields.Settings, Settings($"url: {url}", url: null));

        var problem = Assert.Single(problems);
        Assert.Equal((ErrorCodes.InvalidValue, 5, 6), (problem.Code, problem.Position.Line, problem.Position.Column));
        Assert.Equal((message, hint), (problem.Message, problem.Hint));
    }

    [Fact]
    public void An_address_printed_by_a_source_is_kept_as_printed_even_in_http()
    {
        var (registry, problems) = ReadYaml(SourceFields.File, """
            sources:
              - slug: rapport
                reference: Le rapport
                couvre: Tout.
                adresses:
                  - libelle: Sa page
                    url: http://exemple.org/Rapport?id=3#p2
            """);

        Assert.Empty(problems);
        Assert.Equal("http://exemple.org/Rapport?id=3#p2", registry.Sources[0].Links[0].Url);
    }

    /// <summary>A whole <c>site.yml</c>, the line under test last (line 5).</summary>
    private static string Settings(string line, string? url = "https://exemple.org") =>
        string.Join("\n", new[] { "titre: Essai", "description: Un site d'essai.", "licence: CC BY-SA 4.0", url is null ? "# pas d'url" : $"url: {url}", line });

    private static (T Value, IReadOnlyList<Diagnostic> Problems) ReadYaml<T>(IValueReader<T> reader, string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var diagnostics = new DiagnosticBag();
        reader.TryRead(stream.Documents[0].RootNode, new ReadContext("input/essai.yml", 0, new Vocabulary(), diagnostics, new InputPaths("input")), out var value);
        return (value, diagnostics.Sorted());
    }
}
