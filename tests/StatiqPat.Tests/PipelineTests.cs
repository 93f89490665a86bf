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
        Assert.Equal(["chargement", "validation", "index", "ressources", "génération", "rendu", "données", "publication"],
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
        Assert.Empty(summary.Timer.Stages);
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
        Assert.Equal(["chargement", "validation"], summary.Timer.Stages.Select(s => s.Stage));
        Assert.Null(target.Published);
        Assert.Empty(target.Files());
    }

    /// <summary>A target in memory that remembers what was published, and can claim to hold a given build already.</summary>
    private sealed class RecordingTarget(string? current = null) : IBuildTarget
    {
        private readonly MemoryTarget memory = new();

        public string? Published { get; private set; }

        public IOutputSink Sink => memory.Sink;

        public string? Folder => null;

        public IReadOnlyList<OutputFile> Files() => memory.Files();

        public bool IsCurrent(string fingerprint) => fingerprint == current;

        public void Publish(string fingerprint) => Published = fingerprint;

        public void Dispose() => memory.Dispose();
    }
}
