using StatiqPat.Serving;
using StatiqPat.Tests.Support;
using StatiqPat.Toolchain;
using StatiqPat.Writing;

namespace StatiqPat.Tests.Live;

/// <summary>While serving, the search index follows the edits, in the background and swapped in whole.</summary>
[Trait(Tiers.Name, Tiers.Slow)]
public sealed class SearchRefresherTests
{
    [Fact]
    public async Task After_a_quiet_period_the_served_site_gets_a_fresh_index_and_no_staging_folder_is_left()
    {
        using var folder = new TempFolder();
        var input = folder.CopyIn(Repository.Fixture("site"), "input");
        var served = folder.Combine("output");
        using (var target = new LiveFolderTarget(served))
        {
            Assert.True((await SiteBuilder.BuildAsync(new BuildOptions(input), BuildEnvironment.None, target)).Succeeded);
        }

        var stale = Path.Combine(served, "pagefind", "ancien.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "index de la première construction");
        var errors = new StringWriter();
        using var refresher = new SearchRefresher(served, NodeTools.PagefindOf(Repository.Root), Repository.Root, TextWriter.Synchronized(errors));

        refresher.Schedule();

        // The old index leaves the site by a rename and is deleted just after: wait for both, not only the first.
        IEnumerable<string?> Folders() => Directory.GetDirectories(folder.Path).Select(Path.GetFileName).Where(name => name != "input");
        var deadline = DateTime.UtcNow + SearchRefresher.QuietPeriod + TimeSpan.FromSeconds(60);
        while ((File.Exists(stale) || Folders().Count() > 1) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.False(File.Exists(stale), $"the index was not replaced: {errors}");
        Assert.True(File.Exists(Path.Combine(served, "pagefind", "pagefind.js")), errors.ToString());
        Assert.Equal([Path.GetFileName(served)], Folders());
    }
}
