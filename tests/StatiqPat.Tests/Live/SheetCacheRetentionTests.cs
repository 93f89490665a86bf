using System.Diagnostics;
using StatiqPat.Incremental;
using StatiqPat.Serving;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Live;

/// <summary>
/// <c>servir</c> keeps its sheet cache for the whole session: each rebuild drops the sheets whose file was deleted or
/// renamed since, so a long session holds only what the input folder holds.
/// </summary>
public sealed class SheetCacheRetentionTests
{
    [Fact]
    public async Task A_rebuild_forgets_the_sheets_deleted_or_renamed_since_the_last_one_and_keeps_the_others()
    {
        using var folder = new TempFolder();
        var input = folder.CopyIn(Repository.Fixture("site"), "input");
        var cache = new SheetCache();
        var errors = new StringWriter();
        var rebuilder = new LiveRebuilder(new BuildOptions(input), folder.Combine("output"), new LiveReload(folder.Combine("output")),
            TextWriter.Null, errors, sheets: cache);
        var renamed = Path.GetFullPath(Path.Combine(input, "cas", "cas-reel.md"));
        var deleted = Path.GetFullPath(Path.Combine(input, "cas", "projet-fictif.md"));
        var kept = Path.GetFullPath(Path.Combine(input, "outils", "atelier-test.md"));
        var newName = Path.GetFullPath(Path.Combine(input, "cas", "cas-renomme.md"));
        Assert.NotNull(await rebuilder.RebuildAsync(Stopwatch.GetTimestamp()));
        Assert.True(cache.Contains(renamed) && cache.Contains(deleted) && cache.Contains(kept), errors.ToString());

        File.Move(renamed, newName);
        File.Delete(deleted);
        // The links to the old name break this build; the cache is trimmed all the same, since it is trimmed on reading.
        await rebuilder.RebuildAsync(Stopwatch.GetTimestamp());

        Assert.False(cache.Contains(renamed));
        Assert.False(cache.Contains(deleted));
        Assert.True(cache.Contains(newName));
        Assert.True(cache.Contains(kept));
    }
}
