using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqPat.Content;
using StatiqPat.Fields;
using StatiqPat.Routing;

namespace StatiqPat.Definitions;

/// <summary>
/// JSON Schemas of the three sheet kinds, produced from the very readers that parse front matter,
/// so editors validate against exactly what the build accepts.
/// </summary>
public static class SchemaExport
{
    public const string Folder = Urls.Schemas;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<(string FileName, string Json)> Generate(Vocabulary vocabulary)
    {
        var context = new SchemaContext(vocabulary);
        return
        [
            ("cas.schema.json", Render("cas", "Fiche cas inspirant", CaseFields.Sheet.Describe(context))),
            ("outil.schema.json", Render("outil", "Fiche outil de la boîte à expérimenter", ToolFields.Sheet.Describe(context))),
            ("territoire.schema.json", Render("territoire", "Fiche territoire", TerritoryFields.Profile.Describe(context))),
            ("page.schema.json", Render("page", "Page éditoriale", PageFields.Page.Describe(context))),
        ];
    }

    private static string Render(string name, string title, JsonObject schema)
    {
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"/schemas/{name}.schema.json",
            ["title"] = title,
        };
        foreach (var (key, value) in schema)
        {
            document[key] = value?.DeepClone();
        }

        return document.ToJsonString(Options).ReplaceLineEndings("\n") + "\n";
    }
}
