using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatiqPat.Content;
using StatiqPat.Definitions;
using StatiqPat.Fields;
using StatiqPat.Incremental;
using StatiqPat.Routing;
using StatiqPat.Writing;

namespace StatiqPat.Publishing.OpenData;

/// <summary>
/// The knowledge base as open data: JSON (every front-matter field, plus the body as HTML), CSV (one row per
/// sheet, lists joined), the vocabulary, a Frictionless data package carrying the licence, and the JSON Schemas.
/// </summary>
public static class OpenDataFiles
{
    public const string Folder = Urls.Data;

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
        ("ateliers.json", "Séquences d'atelier prêtes à l'emploi", "json"),
        ("sources.json", "Registre des documents sources", "json"),
    ];

    /// <summary>
    /// Every export in four groups: one per kind of sheet for the JSON files, which carry each sheet's body, and one for
    /// the rest (CSV, vocabulary, data package, schemas), made of front matter and reference data only. The JSON is
    /// streamed sheet by sheet: with 10,000 cases <c>cas.json</c> alone is 70 MB, which would otherwise sit in memory
    /// twice over while it is copied.
    /// </summary>
    public static IReadOnlyList<DataOutput> Outputs(SiteContent content, string baseUrl, PageKeys keys, bool keepPieces)
    {
        var vocabulary = content.Vocabulary;
        return
        [
            new("données:cas.json", keys.For("cas.json").AddAll(content.Cases.Select(c => c.Version)).Value,
                sink => Json(sink, "cas.json", (Stream w) => Sheets(w, keepPieces, content, baseUrl, "cas", content.Cases,
                    c => c.Slug, c => Urls.Case(c.Slug), CaseFields.Sheet, c => c.Body))),
            new("données:outils.json", keys.For("outils.json").AddAll(content.Tools.Select(t => t.Version)).Value,
                sink => Json(sink, "outils.json", (Stream w) => Sheets(w, keepPieces, content, baseUrl, "outils", content.Tools,
                    t => t.Slug, t => Urls.Tool(t.Slug), ToolFields.Sheet, t => t.Body))),
            new("données:territoires.json", keys.For("territoires.json").AddAll(content.Territories.Select(t => t.Version)).Value,
                sink => Json(sink, "territoires.json", (Stream w) => Sheets(w, keepPieces, content, baseUrl, "territoires", content.Territories,
                    t => t.Slug, t => Urls.Territory(t.Slug), TerritoryFields.Profile, t => t.Body))),
            new("données:ateliers.json", keys.For("ateliers.json").Add(content.Workshops.Version).Value,
                sink => Json(sink, "ateliers.json", w => Workshops(w, content, baseUrl))),
            // The registry is reference data: its version is in every key.
            new("données:sources.json", keys.For("sources.json").Value, sink => Json(sink, "sources.json", w => Registry(w, content, baseUrl))),
            new("données:tableaux", keys.OfWholeBase("tableaux"), sink =>
            {
                Json(sink, "vocabulaire.json", w => VocabularyJson.Write(w, content));
                Csv(sink, "cas.csv", SheetCsv.Of(CaseFields.Sheet, content.Cases, vocabulary, c => c.Slug, c => baseUrl + Urls.Case(c.Slug)));
                Csv(sink, "outils.csv", SheetCsv.Of(ToolFields.Sheet, content.Tools.OrderBy(t => t.Number), vocabulary,
                    t => t.Slug, t => baseUrl + Urls.Tool(t.Slug)));
                Csv(sink, "territoires.csv", SheetCsv.Of(TerritoryFields.Profile, content.Territories, vocabulary,
                    t => t.Slug, t => baseUrl + Urls.Territory(t.Slug)));
                Json(sink, "datapackage.json", w => DataPackage.Write(w, content, baseUrl));
                foreach (var schema in SchemaExport.Generate(content.Vocabulary))
                {
                    sink.Write($"{SchemaExport.Folder}/{schema.FileName}", System.Text.Encoding.UTF8.GetBytes(schema.Json));
                }
            }),
        ];
    }

    /// <summary>
    /// An export of sheets: a header, then each sheet's object. The objects are made once per sheet record and kept
    /// with it (<see cref="SheetJson"/>): <c>servir</c> keeps the records of unchanged files, so after an edit only the
    /// edited sheet is written again and the 70 MB of a 10,000-case export are copied, not re-encoded.
    /// </summary>
    private static void Sheets<T>(Stream stream, bool keepPieces, SiteContent content, string baseUrl, string key, IReadOnlyList<T> sheets,
        Func<T, string> slug, Func<T, string> url, ObjectValueReader<T> fields, Func<T, MarkdownBody> body)
        where T : class
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("licence", content.Settings.Licence);
            json.WriteString("source", baseUrl + "/");
            json.WriteNumber("nombre", sheets.Count);
            json.WriteStartArray(key);
        }

        for (var i = 0; i < sheets.Count; i++)
        {
            if (i > 0)
            {
                stream.WriteByte((byte)',');
            }

            var sheet = sheets[i];
            stream.Write(SheetJson.Of(sheet, baseUrl, Options, json =>
            {
                json.WriteStartObject();
                json.WriteString("identifiant", slug(sheet));
                json.WriteString("adresse", baseUrl + url(sheet));
                json.WriteStartObject("fiche");
                fields.WriteFields(json, sheet);
                json.WriteEndObject();
                // Written from the UTF-8 the body is kept in: no round trip through a string per sheet.
                json.WriteString("corps_html", body(sheet).Utf8Html);
                json.WriteEndObject();
            }, keepPieces));
        }

        // What the writer itself ends an array and the object with: "]" right after "[" when empty, else on its own line.
        stream.Write(sheets.Count == 0 ? "]\n}"u8 : "\n  ]\n}"u8);
    }

    /// <summary>The sequences as <c>ateliers.yml</c> gives them, each with the address of its page.</summary>
    private static void Workshops(Utf8JsonWriter json, SiteContent content, string baseUrl)
    {
        json.WriteStartObject();
        json.WriteString("licence", content.Settings.Licence);
        json.WriteString("source", baseUrl + "/");
        json.WriteNumber("nombre", content.Workshops.Sequences.Count);
        json.WriteStartArray("sequences");
        foreach (var sequence in content.Workshops.Sequences)
        {
            json.WriteStartObject();
            json.WriteString("identifiant", sequence.Slug);
            json.WriteString("adresse", baseUrl + Urls.Sequence(sequence.Slug));
            json.WritePropertyName("sequence");
            WorkshopFields.Sequence.Write(json, sequence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The registry with each document's address on <c>/sources/</c>; the seed file names stay with the editors.</summary>
    private static void Registry(Utf8JsonWriter json, SiteContent content, string baseUrl)
    {
        json.WriteStartObject();
        json.WriteString("licence", content.Settings.Licence);
        json.WriteString("source", baseUrl + "/");
        json.WriteNumber("nombre", content.Sources.Sources.Count);
        json.WriteStartArray("sources");
        foreach (var document in content.Sources.Sources)
        {
            json.WriteStartObject();
            json.WriteString("identifiant", document.Slug);
            json.WriteString("adresse", baseUrl + Urls.Source(document.Slug));
            json.WritePropertyName("document");
            SourceFields.Document.Write(json, document with { SeedFile = null });
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Json(IOutputSink sink, string name, Action<Stream> write)
    {
        using var stream = sink.Create(PathOf(name));
        write(stream);
        stream.WriteByte((byte)'\n');
    }

    private static void Json(IOutputSink sink, string name, Action<Utf8JsonWriter> write) => Json(sink, name, stream =>
    {
        using var json = new Utf8JsonWriter(stream, Options);
        write(json);
    });

    private static void Csv(IOutputSink sink, string name, Csv csv) => sink.Write(PathOf(name), csv.ToBytes());

    private static string PathOf(string name) => Folder.TrimStart('/') + name;

    internal static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
