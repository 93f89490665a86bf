using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatiqPat.Content;
using StatiqPat.Output;
using StatiqPat.Rendering;
using StatiqPat.Schemas;

namespace StatiqPat.Generated.OpenData;

/// <summary>
/// The knowledge base as open data: JSON (every front-matter field, plus the body as HTML), CSV (one row per
/// sheet, lists joined), the vocabulary, a Frictionless data package carrying the licence, and the JSON Schemas.
/// </summary>
public static class OpenDataFiles
{
    public const string Folder = "/donnees/";
    public const string ListSeparator = " | ";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<(string Name, string Title, string Format)> Resources { get; } =
    [
        ("cas.json", "Cas inspirants, tous les champs", "json"),
        ("cas.csv", "Cas inspirants, une ligne par cas", "csv"),
        ("outils.json", "Fiches outils, tous les champs", "json"),
        ("outils.csv", "Fiches outils, une ligne par outil", "csv"),
        ("territoires.json", "Territoires, tous les champs", "json"),
        ("territoires.csv", "Territoires, une ligne par territoire", "csv"),
        ("vocabulaire.json", "Vocabulaire de référence et géographie", "json"),
    ];

    public static IReadOnlyList<OutputFile> Generate(SiteContent content, string baseUrl)
    {
        var files = new List<OutputFile>
        {
            File("cas.json", Json(w => Sheets(w, content, baseUrl, "cas", content.Cases, c => c.Slug, c => Urls.Case(c.Slug), SheetJson.Case, c => c.Body))),
            File("outils.json", Json(w => Sheets(w, content, baseUrl, "outils", content.Tools, t => t.Slug, t => Urls.Tool(t.Slug), SheetJson.Tool, t => t.Body))),
            File("territoires.json", Json(w => Sheets(w, content, baseUrl, "territoires", content.Territories, t => t.Slug, t => Urls.Territory(t.Slug), SheetJson.Territory, t => t.Body))),
            File("vocabulaire.json", Json(w => VocabularyJson.Write(w, content))),
            File("cas.csv", SheetCsv.Cases(content, baseUrl)),
            File("outils.csv", SheetCsv.Tools(content, baseUrl)),
            File("territoires.csv", SheetCsv.Territories(content, baseUrl)),
            File("datapackage.json", Json(w => DataPackage.Write(w, content, baseUrl))),
        };
        files.AddRange(SchemaExport.Generate(content.Vocabulary)
            .Select(s => new OutputFile($"{SchemaExport.Folder}/{s.FileName}", System.Text.Encoding.UTF8.GetBytes(s.Json))));
        return files;
    }

    private static void Sheets<T>(Utf8JsonWriter json, SiteContent content, string baseUrl, string key, IReadOnlyList<T> sheets,
        Func<T, string> slug, Func<T, string> url, Action<Utf8JsonWriter, T> fields, Func<T, MarkdownBody> body)
    {
        json.WriteStartObject();
        json.WriteString("licence", content.Settings.Licence);
        json.WriteString("source", baseUrl + "/");
        json.WriteNumber("nombre", sheets.Count);
        json.WriteStartArray(key);
        foreach (var sheet in sheets)
        {
            json.WriteStartObject();
            json.WriteString("identifiant", slug(sheet));
            json.WriteString("adresse", baseUrl + url(sheet));
            json.WriteStartObject("fiche");
            fields(json, sheet);
            json.WriteEndObject();
            json.WriteString("corps_html", body(sheet).Html);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static OutputFile File(string name, byte[] content) => new(Folder.TrimStart('/') + name, content);

    private static OutputFile File(string name, Csv csv) => File(name, csv.ToBytes());

    internal static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
