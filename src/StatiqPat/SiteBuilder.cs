using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Incremental;
using StatiqPat.Indexing;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;
using StatiqPat.Pages;
using StatiqPat.Pages.Shared;
using StatiqPat.Publishing;
using StatiqPat.Rendering;
using StatiqPat.Toolchain;
using StatiqPat.Validation;
using StatiqPat.Writing;

namespace StatiqPat;

/// <summary>
/// The whole build, top to bottom, one timed step a line: up-to-date check, load, validate, index, assets, pages,
/// render, data files, publish, search index. Every page has a key (a hash of what it shows); a page whose key
/// is the one the target already holds is neither built nor rendered. New files go to the target's sink as they
/// are made; the target's folder changes only at the publishing step, so a build with problems changes nothing.
/// </summary>
public static class SiteBuilder
{
    /// <param name="cache">Sheets read by an earlier build of the same process (<c>servir</c>), re-read only if their file changed.</param>
    /// <param name="memo">Lists of pages made by an earlier build of the same process, kept while what they are made of is the same.</param>
    public static async Task<BuildSummary> BuildAsync(BuildOptions options, BuildEnvironment environment, IBuildTarget target,
        SheetCache? cache = null, PageMemo<SitePage>? memo = null)
    {
        var timer = new StageTimer();
        // The only listing of the input folder, without following links: the fingerprint is made of it, before anything
        // is read (a file saved during the build makes the next one run), and the build reads only what it lists.
        var inventory = timer.Time("inventaire", () => InputScanner.Scan(options.InputFolder));
        var fingerprint = SiteFingerprint.Of(options, environment, inventory);
        if (target.IsCurrent(fingerprint))
        {
            return new BuildSummary([], 0, 0, timer, UpToDate: true);
        }

        var (content, paths, problems) = LoadAndValidate(new InputPaths(options.InputFolder) { Files = inventory }, timer, cache);
        if (content is null || problems.Any(p => !p.IsWarning))
        {
            return new BuildSummary(problems, 0, 0, timer);
        }

        var sink = target.Sink;
        var index = timer.Time("index", () => new SiteIndex(content));
        var baseUrl = (options.BaseUrl ?? content.Settings.BaseUrl).TrimEnd('/');
        var assets = timer.Time("ressources", () => ThemeAssets.Collect(content.Vocabulary, environment.Map));
        var context = new PageContext(index, assets.Links, baseUrl, options.Preview, assets.Map);
        var pages = timer.Time("génération", () => SitePages.Generate(context, memo));
        var kept = timer.Time("tri", () => pages
            .Select(page => target.Reusable(page.Url, page.Key) is { } files ? new PageRecord(page.Url, page.Key, files) : null)
            .ToList());
        var stale = pages.Where((_, i) => kept[i] is null).ToList();
        var rendered = await timer.TimeAsync("rendu", () => SiteRenderer.RenderAsync(stale, sink));
        var data = timer.Time("données", () =>
        {
            var made = DataOutputs.Plan(index, context.Keys, pages, assets.Files, paths, baseUrl, options.Preview, options.Cms, environment.DecapDist,
                    keepPieces: cache is not null)
                .Select(output => KeepOrMake(output, target))
                .ToList();
            // The headers file gives a policy to every published file, so it is planned once all the others are known.
            var published = kept.OfType<PageRecord>().Concat(rendered).Concat(made).SelectMany(r => r.Files);
            made.Add(KeepOrMake(DataOutputs.Headers(context.Keys, published), target));
            return made;
        });

        var records = kept.OfType<PageRecord>().Concat(rendered).Concat(data).ToList();
        timer.Time("publication", () => target.Publish(records));
        var files = records.Sum(r => r.Files.Count);

        // Pagefind reads the published pages back from disk, so it runs once they are all in place.
        if (environment is { Pagefind: { } pagefind, ToolsFolder: { } tools } && target.Folder is { } folder && !target.SearchIndexCurrent
            && timer.Time("recherche", () => SearchIndexer.IndexAndSwap(folder, pagefind, tools)) is { } failure)
        {
            return new BuildSummary(problems, pages.Count, files, timer, Failure: failure, RenderedCount: stale.Count);
        }

        target.Remember(fingerprint, searchIndexed: environment.Pagefind is not null);
        return new BuildSummary(problems, pages.Count, files, timer, RenderedCount: stale.Count);
    }

    private static PageRecord KeepOrMake(DataOutput output, IBuildTarget target)
    {
        if (target.Reusable(output.Id, output.Key) is { } files)
        {
            return new PageRecord(output.Id, output.Key, files);
        }

        var recording = new RecordingSink(target.Sink);
        output.Write(recording);
        return new PageRecord(output.Id, output.Key, recording.Paths);
    }

    /// <summary>
    /// Builds in memory, nothing touches disk. It takes from the machine only what <paramref name="environment"/> gives
    /// (by default nothing: no search index, no Decap CMS, no map), so the same input builds the same site on every machine.
    /// </summary>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, BuildEnvironment? environment = null)
    {
        using var target = new MemoryTarget();
        var summary = await BuildAsync(options, environment ?? BuildEnvironment.None, target);
        return new BuildResult(summary, summary.Succeeded ? target.Files() : []);
    }

    /// <summary>
    /// Every rule of the build (files, YAML, fields, vocabulary, references, links, images, duplicates) without
    /// generating a page: what <c>check</c> runs. Warnings come with the errors.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(BuildOptions options) =>
        LoadAndValidate(new InputPaths(options.InputFolder), new StageTimer(), cache: null).Problems;

    private static (SiteContent? Content, InputPaths Paths, IReadOnlyList<Diagnostic> Problems) LoadAndValidate(
        InputPaths paths, StageTimer timer, SheetCache? cache)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(paths.Root))
        {
            diagnostics.Report(ErrorCodes.MissingInputFolder, SourcePosition.StartOf(paths.Root), "le dossier d'entrée est introuvable",
                "corrigez le dossier donné avec --entree, ou lancez ./statiqpat, qui trouve input/ depuis n'importe quel dossier du dépôt");
            return (null, paths, diagnostics.Sorted());
        }

        // Links and devices are reported here and never read by any later step.
        paths = paths.Files is null ? paths with { Files = InputScanner.Scan(paths.Root) } : paths;
        InputScanner.Report(paths.Files!, paths, diagnostics);
        var pipeline = MarkdownPipelineFactory.Create();
        var content = timer.Time("chargement", () => new InputLoader(paths, pipeline, diagnostics, cache).Load());

        // Cross-file checks run even when some files failed, so one build reports every problem.
        timer.Time("validation", () =>
        {
            ContentValidator.Validate(content, diagnostics);
            ImageCheck.Run(content, paths, diagnostics);
        });
        return (content, paths, diagnostics.Sorted());
    }
}
