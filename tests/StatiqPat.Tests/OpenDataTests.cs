using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using StatiqPat.Content;
using StatiqPat.Definitions;
using StatiqPat.Diagnostics;
using StatiqPat.Fields;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>The open data of the valid fixture: complete, parseable, and readable back into the same sheets.</summary>
public sealed class OpenDataTests : IClassFixture<OpenDataTests.Built>
{
    private readonly Built built;

    public OpenDataTests(Built built) => this.built = built;

    [Fact]
    public void Every_case_reads_back_from_the_json_export_with_every_field()
    {
        var exported = Items("cas.json", "cas");

        Assert.Equal(built.Content.Cases.Select(c => c.Slug), exported.Select(e => e["identifiant"]!.GetValue<string>()));
        foreach (var (original, item) in built.Content.Cases.Zip(exported))
        {
            var reread = ReadBack(item, CaseFields.Sheet);
            Assert.Equal(Comparable(original with { Body = MarkdownBody.Empty, Version = 0, FrontMatterVersion = 0 }), Comparable(reread with { Slug = original.Slug, SourcePath = original.SourcePath }));
            Assert.Equal(original.Body.Html, item["corps_html"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Every_tool_and_territory_reads_back_from_the_json_export_with_every_field()
    {
        foreach (var (original, item) in built.Content.Tools.Zip(Items("outils.json", "outils")))
        {
            var reread = ReadBack(item, ToolFields.Sheet);
            Assert.Equal(Comparable(original with { Body = MarkdownBody.Empty, Version = 0, FrontMatterVersion = 0 }), Comparable(reread with { Slug = original.Slug, SourcePath = original.SourcePath }));
        }

        foreach (var (original, item) in built.Content.Territories.Zip(Items("territoires.json", "territoires")))
        {
            var reread = ReadBack(item, TerritoryFields.Profile);
            Assert.Equal(Comparable(original with { Body = MarkdownBody.Empty, Version = 0, FrontMatterVersion = 0 }), Comparable(reread with { Slug = original.Slug, SourcePath = original.SourcePath }));
        }

        Assert.Equal(built.Content.Tools.Count, Items("outils.json", "outils").Count);
        Assert.Equal(built.Content.Territories.Count, Items("territoires.json", "territoires").Count);
    }

    [Fact]
    public void The_csv_has_one_row_per_case_with_as_many_fields_as_headers_and_lists_joined()
    {
        var rows = CsvRows.Parse(Text("donnees/cas.csv"));

        Assert.Equal(built.Content.Cases.Count + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        var real = rows.Single(r => r[0] == "cas-reel");
        Assert.Equal("manger | eduquer", real[rows[0].IndexOf("fonctions")]);
        Assert.Equal("poupees-russes", real[rows[0].IndexOf("type")]);
    }

    [Fact]
    public void The_licence_is_in_the_json_files_and_in_the_data_package_that_describes_every_file()
    {
        var licence = built.Content.Settings.Licence;
        foreach (var file in new[] { "cas.json", "outils.json", "territoires.json", "vocabulaire.json" })
        {
            Assert.Equal(licence, JsonNode.Parse(Text("donnees/" + file))!["licence"]!.GetValue<string>());
        }

        var package = JsonNode.Parse(Text("donnees/datapackage.json"))!;
        Assert.Equal(licence, package["licenses"]![0]!["title"]!.GetValue<string>());
        var paths = package["resources"]!.AsArray().Select(r => r!["path"]!.GetValue<string>()).ToList();
        Assert.All(paths, p => Assert.NotNull(built.Result.File("donnees/" + p)));
        Assert.Contains("cas.csv", paths);
        var page = Html.Page(built.Result, "donnees/index.html");
        Assert.Contains(licence, page.QuerySelector("main")!.TextContent);
        Assert.All(Html.Links(page, "main a[href]").Where(h => h.StartsWith('/')), h => Assert.NotNull(built.Result.File(h.TrimStart('/'))));
    }

    [Fact]
    public void The_published_schemas_and_vocabulary_match_the_model()
    {
        foreach (var name in new[] { "cas", "outil", "territoire", "page" })
        {
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", JsonNode.Parse(Text($"schemas/{name}.schema.json"))!["$schema"]!.GetValue<string>());
        }

        // The published schemas offer the values of the site's own vocabulary ("type" is optional: its values, or null).
        var types = JsonNode.Parse(Text("schemas/cas.schema.json"))!["properties"]!["type"]!["anyOf"]![0]!["oneOf"]!.AsArray();
        Assert.Equal(built.Content.Vocabulary.CooperationTypes.Slugs, types.Select(n => n!["const"]!.GetValue<string>()));

        var lists = JsonNode.Parse(Text("donnees/vocabulaire.json"))!["listes"]!;
        Assert.Equal(built.Content.Vocabulary.Functions.Slugs, lists["fonctions"]!["valeurs"]!.AsArray().Select(v => v!["slug"]!.GetValue<string>()));
        Assert.Equal(101, lists["departements"]!["valeurs"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("cas.json")]
    [InlineData("outils.json")]
    [InlineData("territoires.json")]
    public void Each_sheet_export_is_exactly_what_a_json_writer_makes_of_its_own_content(string file)
    {
        // The exports are assembled from one piece per sheet: written again whole by a JSON writer with the same
        // settings, they must come out byte for byte the same, or a comma or an indent went astray.
        var bytes = built.Result.File("donnees/" + file)!.Content;
        using var document = JsonDocument.Parse(bytes);
        using var rewritten = new MemoryStream();
        using (var writer = new Utf8JsonWriter(rewritten, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        rewritten.WriteByte((byte)'\n');
        Assert.Equal(Encoding.UTF8.GetString(rewritten.ToArray()), Encoding.UTF8.GetString(bytes));
    }

    private static readonly string Input = Repository.Fixture("site");

    private List<JsonNode> Items(string file, string key) =>
        JsonNode.Parse(Text("donnees/" + file))![key]!.AsArray().Select(n => n!).ToList();

    private string Text(string path) => Encoding.UTF8.GetString(built.Result.File(path)?.Content ?? throw new Xunit.Sdk.XunitException($"{path} missing")).TrimStart('\uFEFF');

    /// <summary>YAML is a superset of JSON: the exported "fiche" goes back through the very readers that read front matter.</summary>
    private T ReadBack<T>(JsonNode item, ObjectValueReader<T> schema)
    {
        var diagnostics = new DiagnosticBag();
        var mapping = FrontMatterSplitter.Parse(item["fiche"]!.ToJsonString(), "export", diagnostics)!;
        schema.TryRead(mapping, new ReadContext("export", 0, built.Content.Vocabulary, diagnostics, new InputPaths(Input) { Files = InputScanner.Scan(Input) }), out var sheet);
        Assert.Empty(diagnostics.Sorted());
        return sheet;
    }

    /// <summary>Records hold lists (compared by reference) and positions (different in the export): compare their JSON instead.</summary>
    private static string Comparable<T>(T record) => JsonSerializer.Serialize(record, ComparisonOptions);

    private static readonly JsonSerializerOptions ComparisonOptions = new() { Converters = { new ReferenceBySlug(), new FormerUrlByPath() } };

    private sealed class ReferenceBySlug : JsonConverter<Reference>
    {
        public override Reference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, Reference value, JsonSerializerOptions options) =>
            writer.WriteStringValue($"{value.Kind}:{value.Slug}");
    }

    private sealed class FormerUrlByPath : JsonConverter<FormerUrl>
    {
        public override FormerUrl Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, FormerUrl value, JsonSerializerOptions options) => writer.WriteStringValue(value.Path);
    }

    public sealed class Built : IAsyncLifetime
    {
        public BuildResult Result { get; private set; } = null!;

        public SiteContent Content { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Result = await SiteBuilder.BuildAsync(new BuildOptions(Input));
            Assert.True(Result.Succeeded, string.Join("\n", Result.Diagnostics));
            Content = new InputLoader(new InputPaths(Input), MarkdownPipelineFactory.Create(), new DiagnosticBag()).Load();
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
