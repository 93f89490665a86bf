using Markdig;
using StatiqPat.Content;
using StatiqPat.Definitions;
using StatiqPat.Diagnostics;
using StatiqPat.Fields;
using StatiqPat.Incremental;
using StatiqPat.Loading.Markdown;
using StatiqPat.Text;

namespace StatiqPat.Loading;

/// <summary>
/// Reads <c>input/</c>: reference data first (sheets are checked against it), then every sheet in parallel.
/// Problems go to the bag; a sheet with problems is still returned so later checks can report theirs too.
/// With a cache (<c>servir</c>), a sheet whose file did not change since the last read is taken from it.
/// Only the regular files the scan found are read: a link or a device is never opened (see <see cref="InputScanner"/>).
/// </summary>
public sealed class InputLoader(InputPaths paths, MarkdownPipeline pipeline, DiagnosticBag diagnostics, SheetCache? cache = null)
{
    // Scanned here when the caller has not done it (tests that read sheets alone), so no path reads an unchecked file.
    private readonly InputPaths paths = paths.Files is null ? Scanned(paths, diagnostics) : paths;

    private readonly BodyParser bodyParser = new(pipeline);

    // Read with the vocabulary (the sheets' « source: » takes its values from it), kept for the content.
    private SourceRegistry? registry;

    public SiteContent Load()
    {
        var settings = LoadData(InputPaths.Settings, SiteFields.Settings, new Vocabulary()) ?? new SiteSettings();
        var vocabulary = LoadVocabulary();
        var thesaurus = LoadThesaurus(vocabulary);
        var reference = InputPaths.ReferenceFiles.Aggregate(0UL, (version, file) => version * 31 + VersionOf(file));
        return LoadContent(settings, vocabulary, reference) with { Thesaurus = thesaurus };
    }

    /// <summary>Every sheet, read against reference data already loaded (the crash fuzz test reads thousands of sheets).</summary>
    /// <param name="reference">The reference data's version; sheets read against another one are not taken from the cache.</param>
    public SiteContent LoadContent(SiteSettings settings, Vocabulary vocabulary, ulong reference = 0)
    {
        var content = new SiteContent(
            settings,
            vocabulary,
            LoadSheets(ContentKind.Case, CaseFields.Sheet, vocabulary, reference,
                (sheet, file) => sheet with
                {
                    Slug = file.Slug,
                    SourcePath = file.Path,
                    Body = file.Body,
                    Version = file.Version,
                    FrontMatterVersion = file.FrontMatterVersion,
                }),
            LoadSheets(ContentKind.Tool, ToolFields.Sheet, vocabulary, reference,
                (sheet, file) => sheet with
                {
                    Slug = file.Slug,
                    SourcePath = file.Path,
                    Body = file.Body,
                    Version = file.Version,
                    FrontMatterVersion = file.FrontMatterVersion,
                }),
            LoadSheets(ContentKind.Territory, TerritoryFields.Profile, vocabulary, reference,
                (sheet, file) => sheet with
                {
                    Slug = file.Slug,
                    SourcePath = file.Path,
                    Body = file.Body,
                    Version = file.Version,
                    FrontMatterVersion = file.FrontMatterVersion,
                }),
            LoadSheets(ContentKind.Page, PageFields.Page, vocabulary, reference,
                (page, file) => page with
                {
                    Slug = file.Slug,
                    SourcePath = file.Path,
                    Body = file.Body,
                    Version = file.Version,
                    FrontMatterVersion = file.FrontMatterVersion,
                }))
        {
            ReferenceVersion = reference,
            Workshops = LoadWorkshops(vocabulary),
            Sources = registry ?? SourceRegistry.None,
        };

        // A sheet deleted or renamed since the last build is no longer listed: a long servir session must not keep it.
        cache?.Retain(new HashSet<string>(Enum.GetValues<ContentKind>().SelectMany(SheetFiles).Select(file => file.FullName), StringComparer.Ordinal));
        return content;
    }

    private static InputPaths Scanned(InputPaths paths, DiagnosticBag diagnostics)
    {
        var scanned = paths with { Files = InputScanner.Scan(paths.Root) };
        InputScanner.Report(scanned.Files, scanned, diagnostics);
        return scanned;
    }

    private ulong VersionOf(string file) =>
        paths.Has(file) ? ContentHash.OfFile(file, paths.Full(file)) : ContentHash.Of(file, "\0absent");

    /// <summary>The registry of source documents, when the input has a <c>sources.yml</c> (a site may cite none).</summary>
    private SourceRegistry LoadSources() =>
        paths.Has(InputPaths.Sources)
            ? LoadData(InputPaths.Sources, SourceFields.File, new Vocabulary()) ?? SourceRegistry.None
            : SourceRegistry.None;

    /// <summary>The search's synonyms, when the input has a <c>thesaurus.yml</c>; its groups may name vocabulary values.</summary>
    private Thesaurus LoadThesaurus(Vocabulary vocabulary) =>
        paths.Has(InputPaths.Thesaurus)
            ? LoadData(InputPaths.Thesaurus, ThesaurusFields.File, vocabulary) ?? Thesaurus.None
            : Thesaurus.None;

    /// <summary>The ready-made sequences, when the input has an <c>ateliers.yml</c> (a site may have none).</summary>
    private WorkshopSequences LoadWorkshops(Vocabulary vocabulary)
    {
        if (!paths.Has(InputPaths.Workshops))
        {
            return WorkshopSequences.None;
        }

        var read = LoadData(InputPaths.Workshops, WorkshopFields.File, vocabulary) ?? WorkshopSequences.None;
        return read with { Version = VersionOf(InputPaths.Workshops), SourcePath = paths.Display(paths.Full(InputPaths.Workshops)) };
    }

    /// <summary>Only the reference data: what schemas need, without reading any sheet.</summary>
    public Vocabulary LoadVocabulary()
    {
        var cooperation = LoadData(InputPaths.Vocabulary, VocabularyFields.Cooperation, new Vocabulary()) ?? new Vocabulary();
        var geography = LoadData(InputPaths.Geography, VocabularyFields.Geography, new Vocabulary()) ?? new Vocabulary();
        registry = LoadSources();
        var vocabulary = cooperation with { Regions = geography.Regions, Departements = geography.Departements, Sources = registry.AsTerms() };
        CheckParents(vocabulary.Departements, vocabulary.Regions, InputPaths.Geography, "le département", "une région de la liste « regions »");
        CheckParents(vocabulary.Levels, vocabulary.MapRows, InputPaths.Vocabulary, "le niveau", "une ligne de la liste « lignes_carto »");
        return vocabulary;
    }

    private T? LoadData<T>(string file, ObjectValueReader<T> schema, Vocabulary vocabulary) =>
        ReadFailures.Guard(paths.Display(paths.Full(file)), 0, diagnostics, () => ReadData(file, schema, vocabulary));

    private T? ReadData<T>(string file, ObjectValueReader<T> schema, Vocabulary vocabulary)
    {
        // Tools that fill an input folder copy that list: a data file missing from it would be missing there.
        if (!InputPaths.DataFiles.Contains(file))
        {
            throw new InvalidOperationException($"{file} is not in InputPaths.DataFiles");
        }

        var full = paths.Full(file);
        var display = paths.Display(full);
        if (!paths.Has(file))
        {
            // A link in its place is already reported as such.
            if (paths.Files?.IsRefused(file) is true)
            {
                return default;
            }

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

    private IReadOnlyList<T> LoadSheets<T>(ContentKind kind, ObjectValueReader<T> schema, Vocabulary vocabulary, ulong reference,
        Func<T, SheetSource, T> complete)
    {
        var files = SheetFiles(kind);
        var sheets = new T?[files.Length];
        // Sheet bodies sit under an h2 section of their page; an editorial page's body is the page itself.
        var headingShift = kind == ContentKind.Page ? 0 : 1;
        Parallel.For(0, files.Length, i => sheets[i] = LoadSheet(files[i], reference, bag => ReadFailures.Guard(
            paths.Display(files[i].FullName), 1, bag.Diagnostics, () => ReadSheet(files[i].FullName, schema, vocabulary, headingShift, complete, bag))));
        return sheets.OfType<T>().ToList();
    }

    /// <summary>The sheet files of a kind the scan found; their full names are the cache's keys.</summary>
    private FileInfo[] SheetFiles(ContentKind kind) =>
        [.. (paths.Files?.In(kind.Folder(), ".md") ?? []).Select(file => new FileInfo(paths.Full(file)))];

    /// <summary>One sheet, from the cache when its file is unchanged; its problems go to the build's bag either way.</summary>
    private T? LoadSheet<T>(FileInfo file, ulong reference, Func<SheetReading, T?> read)
    {
        var stamp = FileStamp.Of(file);
        if (cache?.Find(file.FullName, stamp, reference, paths) is { } kept)
        {
            foreach (var problem in kept.Problems)
            {
                diagnostics.Add(problem);
            }

            return (T?)kept.Sheet;
        }

        // Each sheet gets its own bag and image log, so what it reported can be kept with it.
        var images = new System.Collections.Concurrent.ConcurrentQueue<ImageLookup>();
        var reading = new SheetReading(new DiagnosticBag(), paths with { ImageLookups = (path, existed) => images.Enqueue(new ImageLookup(path, existed)) });
        var sheet = read(reading);
        var problems = reading.Diagnostics.Sorted();
        foreach (var problem in problems)
        {
            diagnostics.Add(problem);
        }

        cache?.Store(file.FullName, new SheetCacheEntry(stamp, reference, sheet, problems, [.. images]));
        return sheet;
    }

    private T? ReadSheet<T>(string fullPath, ObjectValueReader<T> schema, Vocabulary vocabulary, int headingShift,
        Func<T, SheetSource, T> complete, SheetReading reading)
    {
        var display = paths.Display(fullPath);
        var slug = Slugs.From(Path.GetFileNameWithoutExtension(fullPath));
        var bag = reading.Diagnostics;
        if (slug.Length == 0)
        {
            bag.Report(ErrorCodes.InvalidValue, SourcePosition.StartOf(display), "le nom du fichier ne contient ni lettre ni chiffre",
                "nommez le fichier d'après le titre, par exemple mon-cas.md");
            return default;
        }

        var text = SourceText.Read(fullPath, display, bag);
        var file = text is null ? null : FrontMatterSplitter.Split(text, display, bag);
        if (file is null)
        {
            return default;
        }

        schema.TryRead(file.FrontMatter, new ReadContext(display, 1, vocabulary, bag, reading.Paths), out var sheet);
        var body = bodyParser.Parse(file.Body, display, file.BodyLineOffset, headingShift, reading.Paths, bag);
        // The body is the end of the text; what comes before it is the front matter, which other pages show.
        var frontMatter = text!.EndsWith(file.Body, StringComparison.Ordinal) ? text[..^file.Body.Length] : text;
        return complete(sheet, new SheetSource(slug, display, body, ContentHash.Of(display, text), ContentHash.Of(display, frontMatter)));
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
