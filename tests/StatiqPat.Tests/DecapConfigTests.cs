using System.Text;
using StatiqPat.Cms;
using StatiqPat.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Tests;

/// <summary>
/// The web form's configuration is generated from the model at each build: these tests read the built
/// <c>admin/config.yml</c> as Decap does (YAML) and compare it with the schema and the vocabulary.
/// </summary>
public sealed class DecapConfigTests
{
    [Fact]
    public async Task The_case_collection_has_one_field_per_front_matter_key_with_selects_relations_and_optional_marks()
    {
        var config = await BuiltConfig(Repository.Fixture("site"), CmsBackend.TestRepo);

        Assert.Equal("fr", Text(config, "locale"));
        Assert.Equal("editorial_workflow", Text(config, "publish_mode"));
        Assert.Equal("test-repo", Text((YamlMappingNode)config["backend"], "name"));
        var collections = ((YamlSequenceNode)config["collections"]).Cast<YamlMappingNode>().ToList();
        Assert.Equal(["cas", "outils", "territoires"], collections.Select(c => Text(c, "name")));
        var cas = collections[0];
        Assert.Equal("input/cas", Text(cas, "folder"));

        var fields = Fields(cas);
        var schemaKeys = Definitions.CaseFields.Sheet.Fields.Select(f => f.Key);
        Assert.Equal([.. schemaKeys, "body"], fields.Keys);
        Assert.Equal("select", Text(fields["statut"], "widget"));
        Assert.False(fields["statut"].Children.ContainsKey("required"), "statut is required, Decap's default");
        Assert.Equal("false", Text(fields["type"], "required"));
        Assert.Equal("true", Text(fields["fonctions"], "multiple"));
        Assert.Equal("relation", Text(fields["territoires"], "widget"));
        Assert.Equal("territoires", Text(fields["territoires"], "collection"));
        Assert.Equal("relation", Text(fields["outils"], "widget"));
        Assert.Equal("outils", Text(fields["outils"], "collection"));
        Assert.Equal("datetime", Text(fields["ajoute_le"], "widget"));
        Assert.Equal("YYYY-MM-DD", Text(fields["ajoute_le"], "format"));
        var actor = Fields((YamlMappingNode)fields["acteurs"]);
        Assert.Equal(["nom", "territoire", "niveau", "roles"], actor.Keys);
        Assert.Equal("relation", Text(actor["territoire"], "widget"));
        Assert.False(actor["nom"].Children.ContainsKey("required"), "an actor, once added, needs its name");

        // An image is optional: the form must not demand its file and text when there is none.
        var image = Fields(fields["image"]);
        Assert.Equal("false", Text(image["alt"], "required"));
        Assert.Equal("image", Text(image["fichier"], "widget"));
    }

    [Fact]
    public async Task A_value_added_to_the_vocabulary_is_offered_by_the_form_after_the_next_build()
    {
        using var copy = new TempFolder();
        var input = copy.CopyIn(Repository.Fixture("site"), "input");
        var before = Options(Fields(Collection(await BuiltConfig(input, CmsBackend.TestRepo), "cas"))["type"]);
        var vocabulary = Path.Combine(input, "vocabulaire.yml");
        var text = File.ReadAllText(vocabulary).Replace("types_cooperation:\n", """
            types_cooperation:
              - slug: voisins-lointains
                libelle: Les voisins lointains (valeur d'essai)
                description: Une valeur ajoutée par le test.
                couleur: "#335533"

            """.ReplaceLineEndings("\n"));
        File.WriteAllText(vocabulary, text);

        var after = Options(Fields(Collection(await BuiltConfig(input, CmsBackend.TestRepo), "cas"))["type"]);

        Assert.DoesNotContain(before, o => o.Value == "voisins-lointains");
        Assert.Contains(("voisins-lointains", "Les voisins lointains (valeur d'essai)"), after);
        Assert.Equal(before.Count + 1, after.Count);
    }

    [Fact]
    public async Task With_a_repository_the_form_saves_to_GitHub_by_pull_request_open_to_contributors_without_write_access()
    {
        using var copy = new TempFolder();
        var input = copy.CopyIn(Repository.Fixture("site"), "input");
        File.AppendAllText(Path.Combine(input, "site.yml"), "depot: exemple-fictif/cooperations\n");

        var config = await BuiltConfig(input, CmsBackend.GitHub);

        var backend = (YamlMappingNode)config["backend"];
        Assert.Equal("github", Text(backend, "name"));
        Assert.Equal("exemple-fictif/cooperations", Text(backend, "repo"));
        Assert.Equal("main", Text(backend, "branch"));
        Assert.Equal("true", Text(backend, "open_authoring"));
        Assert.Equal("editorial_workflow", Text(config, "publish_mode"));

        var home = Html.Page(await SiteBuilder.BuildAsync(new BuildOptions(input)), "index.html");
        Assert.Contains("/admin/", Html.Links(home, "footer a[href]"));
    }

    [Fact]
    public async Task Without_a_repository_admin_explains_how_to_contribute_and_loads_no_script()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")));

        var page = Html.Page(result, "admin/index.html");
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains("CONTRIBUTING.md", page.QuerySelector("main")!.TextContent);
        Assert.Null(result.File("admin/config.yml"));
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain("/admin/", Html.Links(Html.Page(result, "index.html"), "footer a[href]"));
    }

    [Fact]
    public async Task The_form_copies_Decaps_bundle_and_the_chunks_it_loads_but_not_its_source_maps()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site"), Cms: CmsBackend.TestRepo), Machine.WithDecap);

        Assert.Equal(["admin/1.decap-cms.js", "admin/config.yml", "admin/decap-cms.js", "admin/index.html"],
            result.Files.Select(f => f.Path).Where(p => p.StartsWith("admin/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Machine.DecapDist, "decap-cms.js")), result.File("admin/decap-cms.js")!.Content);
    }

    private static async Task<YamlMappingNode> BuiltConfig(string input, CmsBackend backend)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(input, Cms: backend), Machine.WithDecap);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var file = result.File("admin/config.yml") ?? throw new Xunit.Sdk.XunitException("no admin/config.yml in the build");
        var stream = new YamlStream();
        stream.Load(new StringReader(Encoding.UTF8.GetString(file.Content)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Collection(YamlMappingNode config, string name) =>
        ((YamlSequenceNode)config["collections"]).Cast<YamlMappingNode>().Single(c => Text(c, "name") == name);

    private static Dictionary<string, YamlMappingNode> Fields(YamlMappingNode owner) =>
        ((YamlSequenceNode)owner["fields"]).Cast<YamlMappingNode>().ToDictionary(f => Text(f, "name"));

    private static List<(string Value, string Label)> Options(YamlMappingNode field) =>
        ((YamlSequenceNode)field["options"]).Cast<YamlMappingNode>().Select(o => (Text(o, "value"), Text(o, "label"))).ToList();

    private static string Text(YamlMappingNode mapping, string key) => ((YamlScalarNode)mapping[key]).Value!;
}
