using StatiqPat.Incremental;
using StatiqPat.Tests.Support;
using StatiqPat.Toolchain;
using StatiqPat.Writing;

namespace StatiqPat.Tests;

/// <summary>The build as one sequence of named steps, from the up-to-date check to publishing.</summary>
public sealed class PipelineTests
{
    [Fact]
    public async Task A_build_runs_every_step_in_order_and_publishes_last()
    {
        using var target = new RecordingTarget();
        var summary = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")), BuildEnvironment.None, target);

        Assert.True(summary.Succeeded);
        Assert.Equal(["inventaire", "chargement", "validation", "index", "ressources", "génération", "tri", "rendu", "données", "publication"],
            summary.Timer.Stages.Select(s => s.Stage));
        Assert.NotNull(target.Published);
        Assert.Equal(summary.FileCount, target.Files().Count);
    }

    [Fact]
    public async Task An_up_to_date_target_stops_the_build_before_anything_is_read_or_written()
    {
        using var first = new RecordingTarget();
        var options = new BuildOptions(Repository.Fixture("site"));
        await SiteBuilder.BuildAsync(options, BuildEnvironment.None, first);

        using var second = new RecordingTarget(current: first.Published);
        var summary = await SiteBuilder.BuildAsync(options, BuildEnvironment.None, second);

        Assert.True(summary.UpToDate);
        // Only the listing of the input folder, which the fingerprint is made of: no file was read.
        Assert.Equal(["inventaire"], summary.Timer.Stages.Select(s => s.Stage));
        Assert.Empty(second.Files());
        Assert.Null(second.Published);
    }

    [Fact]
    public async Task A_build_with_problems_stops_after_validation_and_publishes_nothing()
    {
        using var site = new InlineSite("""
            -- cas/casse.md --
            ---
            titre: Sans statut
            """);
        using var target = new RecordingTarget();
        var summary = await SiteBuilder.BuildAsync(new BuildOptions(site.Input), BuildEnvironment.None, target);

        Assert.False(summary.Succeeded);
        Assert.Equal(["inventaire", "chargement", "validation"], summary.Timer.Stages.Select(s => s.Stage));
        Assert.Null(target.Published);
        Assert.Empty(target.Files());
    }

    [Fact]
    public async Task Pages_whose_key_the_target_already_holds_are_neither_built_nor_rendered_but_still_published()
    {
        using var first = new RecordingTarget();
        var options = new BuildOptions(Repository.Fixture("site"));
        await SiteBuilder.BuildAsync(options, BuildEnvironment.None, first);

        using var second = new RecordingTarget(held: first.Pages);
        var summary = await SiteBuilder.BuildAsync(options, BuildEnvironment.None, second);

        Assert.True(summary.Succeeded);
        Assert.Equal(0, summary.RenderedCount);
        // Nothing is made again: neither the pages nor the groups of data files, whose keys did not change either.
        Assert.Empty(second.Files());
        Assert.Equal(first.Pages!.Select(p => (p.Url, p.Key)).Order(), second.Pages!.Select(p => (p.Url, p.Key)).Order());
        Assert.Contains(second.Pages!, p => p.Url == "/" && p.Files.SequenceEqual(["index.html"]));
        Assert.Contains(second.Pages!, p => p.Files.Contains("sitemap.xml"));
        Assert.Equal(first.Files().Count, summary.FileCount);
    }

    /// <summary>A target in memory that remembers what was published, and can claim to hold a given build already.</summary>
    private sealed class RecordingTarget(string? current = null, IReadOnlyList<PageRecord>? held = null) : IBuildTarget
    {
        private readonly MemoryTarget memory = new();

        public string? Published { get; private set; }

        public IReadOnlyList<PageRecord>? Pages { get; private set; }

        public IOutputSink Sink => memory.Sink;

        public string? Folder => null;

        public IReadOnlyList<OutputFile> Files() => memory.Files();

        public bool SearchIndexCurrent => false;

        public bool IsCurrent(string fingerprint) => fingerprint == current;

        public IReadOnlyList<string>? Reusable(string url, ulong key) =>
            held?.FirstOrDefault(p => p.Url == url && p.Key == key)?.Files;

        public void Publish(IReadOnlyList<PageRecord> pages) => Pages = pages;

        public void Remember(string fingerprint, bool searchIndexed) => Published = fingerprint;

        public void Dispose() => memory.Dispose();
    }
}
