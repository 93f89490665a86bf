using StatiqPat.Cms;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Indexing;
using StatiqPat.Loading;
using StatiqPat.Loading.Markdown;
using StatiqPat.Pages;
using StatiqPat.Publishing;
using StatiqPat.Publishing.OpenData;
using StatiqPat.Rendering;
using StatiqPat.Toolchain;
using StatiqPat.Validation;
using StatiqPat.Writing;

namespace StatiqPat;

/// <summary>
/// The whole build, top to bottom, one timed step a line: up-to-date check, load, validate, index, assets, pages,
/// render, data files, search index, publish. Pages go to the target's sink as soon as they are rendered; a folder
/// target replaces <c>output/</c> only at the last step, so a failed build leaves the previous site in place.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildSummary> BuildAsync(BuildOptions options, BuildEnvironment environment, IBuildTarget target)
    {
        var timer = new StageTimer();
        var fingerprint = BuildFingerprint.Compute(options, environment);
        if (target.IsCurrent(fingerprint))
        {
            return new BuildSummary([], 0, 0, timer, UpToDate: true);
        }

        var paths = new InputPaths(options.InputFolder);
        var (content, problems) = LoadAndValidate(paths, timer);
        if (content is null || problems.Count > 0)
        {
            return new BuildSummary(problems, 0, 0, timer);
        }

        var sink = target.Sink;
        var index = timer.Time("index", () => new SiteIndex(content));
        var baseUrl = (options.BaseUrl ?? content.Settings.BaseUrl).TrimEnd('/');
        var assets = timer.Time("ressources", () => ThemeAssets.Collect(content.Vocabulary));
        var pages = timer.Time("génération", () => SitePages.Generate(index, assets.Links, baseUrl, options.Preview));
        await timer.TimeAsync("rendu", () => SiteRenderer.RenderAsync(pages, sink));
        timer.Time("données", () =>
        {
            ThemeAssets.Write(sink, assets);
            InputImages.Write(sink, paths);
            MatrixCsv.Write(sink, pages);
            PublishingFiles.Write(sink, index, pages, baseUrl, options.Preview);
            HeadersFile.Write(sink, pages);
            AdminFiles.Write(sink, content, baseUrl, options.Cms, environment.DecapDist);
            OpenDataFiles.Write(sink, content, baseUrl);
        });

        // Pagefind reads the written pages back from disk, so it runs once they are all there.
        if (environment is { Pagefind: { } pagefind, ToolsFolder: { } tools } && target.Folder is { } written
            && timer.Time("recherche", () => SearchIndexer.Index(written, pagefind, tools)) is { } failure)
        {
            return new BuildSummary([], pages.Count, sink.Count, timer, Failure: failure);
        }

        timer.Time("publication", () => target.Publish(fingerprint));
        return new BuildSummary([], pages.Count, sink.Count, timer);
    }

    /// <summary>Builds in memory, with the Node tools already installed but no search index: nothing touches disk.</summary>
    public static async Task<BuildResult> BuildAsync(BuildOptions options)
    {
        using var target = new MemoryTarget();
        var summary = await BuildAsync(options, BuildEnvironment.Find(options.InputFolder), target);
        return new BuildResult(summary, summary.Succeeded ? target.Files() : []);
    }

    /// <summary>
    /// Every rule of the build (YAML, fields, vocabulary, references, links, images, duplicates) without
    /// generating a page: what <c>check</c> runs.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(BuildOptions options) =>
        LoadAndValidate(new InputPaths(options.InputFolder), new StageTimer()).Problems;

    private static (SiteContent? Content, IReadOnlyList<Diagnostic> Problems) LoadAndValidate(InputPaths paths, StageTimer timer)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(paths.Root))
        {
            diagnostics.Report(ErrorCodes.MissingInputFolder, SourcePosition.StartOf(paths.Root), "le dossier d'entrée est introuvable",
                "lancez la commande depuis la racine du dépôt, ou indiquez le dossier avec --entree");
            return (null, diagnostics.Sorted());
        }

        var pipeline = MarkdownPipelineFactory.Create();
        var content = timer.Time("chargement", () => new InputLoader(paths, pipeline, diagnostics).Load());

        // Cross-file checks run even when some files failed, so one build reports every problem.
        timer.Time("validation", () => ContentValidator.Validate(content, diagnostics));
        return (content, diagnostics.Sorted());
    }
}
