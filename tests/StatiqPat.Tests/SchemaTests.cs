using System.Text.Json.Nodes;
using StatiqPat.Content;
using StatiqPat.Definitions;
using StatiqPat.Diagnostics;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

public sealed class SchemaTests
{
    // About the committed files in input/schemas, which an edit to the vocabulary makes stale: content tier.
    [Fact]
    [Trait(Tiers.Name, Tiers.Content)]
    public void The_committed_json_schemas_match_the_model_and_vocabulary()
    {
        var diagnostics = new DiagnosticBag();
        var vocabulary = new InputLoader(new InputPaths(Repository.Input), MarkdownPipelineFactory.Create(), diagnostics).LoadVocabulary();

        foreach (var (fileName, json) in SchemaExport.Generate(vocabulary))
        {
            var committed = Path.Combine(Repository.Input, SchemaExport.Folder, fileName);
            Assert.True(File.Exists(committed), $"{committed} is missing: run `./statiqpat schemas`.");
            Assert.True(json == File.ReadAllText(committed).ReplaceLineEndings("\n"),
                $"{fileName} is out of date: run `./statiqpat schemas` and commit the result.");
        }
    }

    [Fact]
    public void The_readme_documents_every_front_matter_key()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var keys = Definitions.CaseFields.Sheet.Fields.Select(f => f.Key)
            .Concat(Definitions.ToolFields.Sheet.Fields.Select(f => f.Key))
            .Concat(Definitions.TerritoryFields.Profile.Fields.Select(f => f.Key))
            .Concat(Definitions.PageFields.Page.Fields.Select(f => f.Key))
            .Distinct();

        Assert.All(keys, key => Assert.Contains($"`{key}`", readme));
    }

    [Fact]
    public void The_case_schema_lists_every_front_matter_key_required_ones_and_vocabulary_values()
    {
        var vocabulary = new InputLoader(new InputPaths(Repository.Fixture("site")), MarkdownPipelineFactory.Create(), new DiagnosticBag()).LoadVocabulary();
        var schema = JsonNode.Parse(SchemaExport.Generate(vocabulary).Single(s => s.FileName == "cas.schema.json").Json)!;

        var keys = schema["properties"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(Definitions.CaseFields.Sheet.Fields.Select(f => f.Key), keys);
        Assert.Equal(["titre", "resume", "statut", "sources", "ajoute_le"], schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        // "type" is optional: its values, or null for a key left blank.
        var type = schema["properties"]!["type"]!["anyOf"]!.AsArray();
        var types = type[0]!["oneOf"]!.AsArray().Select(n => n!["const"]!.GetValue<string>());
        Assert.Equal(vocabulary.CooperationTypes.Slugs, types);
        Assert.Equal("null", type[1]!["type"]!.GetValue<string>());
    }
}
