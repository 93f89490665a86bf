using Markdig;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Fields;
using StatiqPat.Loading.Markdown;
using StatiqPat.Model;
using StatiqPat.Text;

namespace StatiqPat.Loading;

/// <summary>
/// Reads <c>input/</c>: reference data first (sheets are checked against it), then every sheet in parallel.
/// Problems go to the bag; a sheet with problems is still returned so later checks can report theirs too.
/// </summary>
public sealed class InputLoader(InputPaths paths, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
{
    private readonly BodyParser bodyParser = new(pipeline);

    public SiteContent Load()
    {
        var settings = LoadData(InputPaths.Settings, SiteFields.Settings, new Vocabulary()) ?? new SiteSettings();
        return LoadContent(settings, LoadVocabulary());
    }

    /// <summary>Every sheet, read against reference data already loaded (the crash fuzz test reads thousands of sheets).</summary>
    public SiteContent LoadContent(SiteSettings settings, Vocabulary vocabulary)
    {
        return new SiteContent(
            settings,
            vocabulary,
            LoadSheets(ContentKind.Case, CaseFields.Sheet, vocabulary,
                (sheet, slug, path, body) => sheet with { Slug = slug, SourcePath = path, Body = body }),
            LoadSheets(ContentKind.Tool, ToolFields.Sheet, vocabulary,
                (sheet, slug, path, body) => sheet with { Slug = slug, SourcePath = path, Body = body }),
            LoadSheets(ContentKind.Territory, TerritoryFields.Profile, vocabulary,
                (sheet, slug, path, body) => sheet with { Slug = slug, SourcePath = path, Body = body }),
            LoadSheets(ContentKind.Page, PageFields.Page, vocabulary,
                (page, slug, path, body) => page with { Slug = slug, SourcePath = path, Body = body }));
    }

    /// <summary>Only the reference data: what schemas need, without reading any sheet.</summary>
    public Vocabulary LoadVocabulary()
    {
        var cooperation = LoadData(InputPaths.Vocabulary, VocabularyFields.Cooperation, new Vocabulary()) ?? new Vocabulary();
        var geography = LoadData(InputPaths.Geography, VocabularyFields.Geography, new Vocabulary()) ?? new Vocabulary();
        var vocabulary = cooperation with { Regions = geography.Regions, Departements = geography.Departements };
        CheckParents(vocabulary.Departements, vocabulary.Regions, InputPaths.Geography, "le département", "une région de la liste « regions »");
        CheckParents(vocabulary.Levels, vocabulary.MapRows, InputPaths.Vocabulary, "le niveau", "une ligne de la liste « lignes_carto »");
        return vocabulary;
    }

    private T? LoadData<T>(string file, ObjectValueReader<T> schema, Vocabulary vocabulary) =>
        ReadFailures.Guard(paths.Display(paths.Full(file)), 0, diagnostics, () => ReadData(file, schema, vocabulary));

    private T? ReadData<T>(string file, ObjectValueReader<T> schema, Vocabulary vocabulary)
    {
        var full = paths.Full(file);
        var display = paths.Display(full);
        if (!File.Exists(full))
        {
            diagnostics.Report(ErrorCodes.UnreadableFile, SourcePosition.StartOf(display), "fichier de référence introuvable",
                $"le dossier d'entrée doit contenir {file}");
            return default;
        }

        var text = SourceText.Read(full, display, diagnostics);
        var mapping = text is null ? null : FrontMatterSplitter.Parse(text, display, diagnostics, lineOffset: 0);
        if (mapping is null)
        {
            return default;
        }

        schema.TryRead(mapping, new ReadContext(display, 0, vocabulary, diagnostics, paths), out var value);
        return value;
    }

    private IReadOnlyList<T> LoadSheets<T>(ContentKind kind, ObjectValueReader<T> schema, Vocabulary vocabulary,
        Func<T, string, string, MarkdownBody, T> complete)
    {
        var folder = paths.Full(kind.Folder());
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = Directory.GetFiles(folder, "*.md", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
        var sheets = new T?[files.Length];
        // Sheet bodies sit under an h2 section of their page; an editorial page's body is the page itself.
        var headingShift = kind == ContentKind.Page ? 0 : 1;
        Parallel.For(0, files.Length, i => sheets[i] = LoadSheet(files[i], schema, vocabulary, headingShift, complete));
        return sheets.OfType<T>().ToList();
    }

    /// <summary>One sheet, front matter and body; whatever happens, the other sheets are still read.</summary>
    private T? LoadSheet<T>(string fullPath, ObjectValueReader<T> schema, Vocabulary vocabulary, int headingShift,
        Func<T, string, string, MarkdownBody, T> complete) =>
        ReadFailures.Guard(paths.Display(fullPath), 1, diagnostics, () => ReadSheet(fullPath, schema, vocabulary, headingShift, complete));

    private T? ReadSheet<T>(string fullPath, ObjectValueReader<T> schema, Vocabulary vocabulary, int headingShift,
        Func<T, string, string, MarkdownBody, T> complete)
    {
        var display = paths.Display(fullPath);
        var slug = Slugs.From(Path.GetFileNameWithoutExtension(fullPath));
        if (slug.Length == 0)
        {
            diagnostics.Report(ErrorCodes.InvalidValue, SourcePosition.StartOf(display), "le nom du fichier ne contient ni lettre ni chiffre",
                "nommez le fichier d'après le titre, par exemple mon-cas.md");
            return default;
        }

        var text = SourceText.Read(fullPath, display, diagnostics);
        var file = text is null ? null : FrontMatterSplitter.Split(text, display, diagnostics);
        if (file is null)
        {
            return default;
        }

        schema.TryRead(file.FrontMatter, new ReadContext(display, 1, vocabulary, diagnostics, paths), out var sheet);
        var body = bodyParser.Parse(file.Body, display, file.BodyLineOffset, headingShift, paths, diagnostics);
        return complete(sheet, slug, display, body);
    }

    /// <summary>A nested list (départements in régions, levels in map rows) must name an existing enclosing value.</summary>
    private void CheckParents(TermList children, TermList parents, string file, string what, string expected)
    {
        foreach (var child in children.Terms.Where(c => c.Parent is null || parents.Find(c.Parent) is null))
        {
            diagnostics.Report(ErrorCodes.InvalidVocabulary, SourcePosition.StartOf(paths.Display(paths.Full(file))),
                $"{what} « {child.Slug} » n'est rattaché à aucune valeur connue de « {parents.Key} »",
                $"indiquez dans « parent » le slug d'{expected}");
        }
    }
}
