using System.Text;
using System.Text.Json.Nodes;
using StatiqPat.Cms;
using StatiqPat.Content;
using StatiqPat.Definitions;
using StatiqPat.Fields;
using StatiqPat.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Tests;

/// <summary>
/// A front-matter field is defined once; the JSON export, the CSV columns, the form's labels and the schemas are
/// derived from that definition. These tests read what a small site publishes and check that each form agrees.
/// </summary>
public sealed class FieldDefinitionTests
{
    private const string Case = """
        -- cas/essai.md --
        ---
        titre: Un cas d'essai
        resume:
          contexte: Deux communes voisines.
        statut: reel
        acteurs:
          - nom: Commune A
            niveau: commune
          - nom: Interco B
            niveau: intercommunalite
        periode:
          debut: 2021
        sources:
          - document: essai.txt
        ajoute_le: 2024-01-01
        ---
        Le corps du cas.
        """;

    [Fact]
    public async Task Every_key_of_a_case_is_a_csv_column_and_a_block_of_keys_spreads_over_one_column_per_key()
    {
        using var site = new InlineSite(Case);
        var result = await site.BuildAsync();
        Assert.Empty(result.Diagnostics);

        var rows = CsvRows.Parse(Encoding.UTF8.GetString(result.File("donnees/cas.csv")!.Content).TrimStart('\uFEFF'));
        var header = rows[0];
        var row = rows[1];
        string Cell(string column) => row[header.IndexOf(column)];

        Assert.Equal(["identifiant", "adresse", "titre", "resume_contexte", "resume_innovation", "resume_benefice", "statut"], header.Take(7));
        Assert.Equal("Deux communes voisines.", Cell("resume_contexte"));
        Assert.Equal("", Cell("resume_innovation"));
        Assert.Equal("2021", Cell("periode_debut"));
        Assert.Equal("", Cell("periode_fin"));
        Assert.Equal("Commune A (commune) | Interco B (intercommunalite)", Cell("acteurs"));
        Assert.Equal("2024-01-01", Cell("ajoute_le"));
        Assert.Contains("image_alt", header);
        Assert.Contains("anciennes_adresses", header);
    }

    [Fact]
    public async Task The_json_export_writes_only_the_keys_the_sheet_gives_in_the_order_of_the_definitions()
    {
        using var site = new InlineSite(Case);
        var result = await site.BuildAsync();
        Assert.Empty(result.Diagnostics);

        var json = JsonNode.Parse(result.File("donnees/cas.json")!.Content)!;
        var sheet = json["cas"]![0]!["fiche"]!.AsObject();
        Assert.Equal(["titre", "resume", "statut", "acteurs", "periode", "sources", "ajoute_le"], sheet.Select(p => p.Key));
        Assert.Equal(["contexte"], sheet["resume"]!.AsObject().Select(p => p.Key));
        Assert.Equal(2021, sheet["periode"]!["debut"]!.GetValue<int>());
    }

    [Fact]
    public void Form_labels_plural_names_and_long_texts_come_from_the_definitions_not_from_a_list_of_keys()
    {
        var config = new YamlStream();
        config.Load(new StringReader(DecapConfig.Generate(Vocabularies.Fixture(), new SiteSettings { Repository = "exemple/site" },
            "https://exemple.org", CmsBackend.GitHub)));
        var cases = ((YamlSequenceNode)config.Documents[0].RootNode["collections"]).Children
            .OfType<YamlMappingNode>().Single(c => c["name"].ToString() == ContentKind.Case.Folder());
        var fields = ((YamlSequenceNode)cases["fields"]).Children.OfType<YamlMappingNode>().ToDictionary(f => f["name"].ToString());

        var degree = CaseFields.Sheet.Fields.Single(f => f.Key == "degre");
        Assert.Equal(degree.Label, fields["degre"]["label"].ToString());
        Assert.Equal("Degré", degree.Label);
        Assert.Equal("acteur", fields["acteurs"]["label_singular"].ToString());
        var summary = ((YamlSequenceNode)fields["resume"]["fields"]).Children.OfType<YamlMappingNode>().ToDictionary(f => f["name"].ToString());
        Assert.Equal("text", summary["contexte"]["widget"].ToString());
        Assert.Equal("string", fields["titre"]["widget"].ToString());
    }

    [Fact]
    public void Published_schemas_carry_no_editor_keywords()
    {
        var schema = CaseFields.Sheet.Describe(new SchemaContext(Vocabularies.Fixture())).ToJsonString();

        Assert.DoesNotContain(SchemaContext.SingularKeyword, schema, StringComparison.Ordinal);
        Assert.DoesNotContain(SchemaContext.LongTextKeyword, schema, StringComparison.Ordinal);
        Assert.DoesNotContain(SchemaContext.ReferenceKeyword, schema, StringComparison.Ordinal);
    }
}
