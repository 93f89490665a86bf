using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Fields;
using StatiqPat.Model;
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

    private static (T Value, IReadOnlyList<Diagnostic> Problems) ReadYaml<T>(IValueReader<T> reader, string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var diagnostics = new DiagnosticBag();
        reader.TryRead(stream.Documents[0].RootNode, new ReadContext("input/essai.yml", 0, new Vocabulary(), diagnostics, new InputPaths("input")), out var value);
        return (value, diagnostics.Sorted());
    }
}
