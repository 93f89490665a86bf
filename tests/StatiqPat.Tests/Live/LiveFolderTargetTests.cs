using StatiqPat.Tests.Support;
using StatiqPat.Toolchain;
using StatiqPat.Writing;

namespace StatiqPat.Tests.Live;

/// <summary>A rebuild while serving rewrites only the files whose bytes changed and deletes those no longer built.</summary>
public sealed class LiveFolderTargetTests : IDisposable
{
    private static readonly DateTime Marker = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TempFolder folder = new();
    private readonly string input;
    private readonly string served;

    public LiveFolderTargetTests()
    {
        input = folder.CopyIn(Repository.Fixture("site"), "input");
        served = folder.Combine("output");
    }

    [Fact]
    public async Task A_first_publication_writes_every_file_and_an_unchanged_rebuild_touches_none()
    {
        var first = await RebuildAsync();
        Assert.NotEmpty(first.Written);
        Assert.Contains("cas/cas-reel/index.html", first.Written);
        MarkEveryFile();

        var second = await RebuildAsync();

        Assert.True(second.IsEmpty, string.Join(", ", second.Written.Concat(second.Deleted)));
        Assert.All(Directory.GetFiles(served, "*", SearchOption.AllDirectories), file => Assert.Equal(Marker, File.GetLastWriteTimeUtc(file)));
    }

    [Fact]
    public async Task Changing_a_case_title_rewrites_its_page_and_the_pages_that_show_it_but_keeps_the_others()
    {
        await RebuildAsync();
        MarkEveryFile();
        Edit("cas/cas-reel.md", "titre: Un cas réel d'essai", "titre: Un cas réel renommé");

        var changes = await RebuildAsync();

        Assert.Contains("cas/cas-reel/index.html", changes.Written);
        Assert.Empty(changes.Deleted);
        Assert.DoesNotContain("glossaire/index.html", changes.Written);
        Assert.DoesNotContain(changes.Written, path => path.StartsWith("assets/", StringComparison.Ordinal));
        Assert.Contains("Un cas réel renommé", File.ReadAllText(Path.Combine(served, "cas", "cas-reel", "index.html")), StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(served, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(served, file).Replace(Path.DirectorySeparatorChar, '/');
            Assert.True(changes.Written.Contains(relative) == (File.GetLastWriteTimeUtc(file) != Marker), relative);
        }

        Assert.Empty(Directory.GetFiles(served, "*.statiqpat-tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_deleted_sheet_loses_its_page_but_the_search_index_stays()
    {
        await RebuildAsync();
        var index = Path.Combine(served, "pagefind", "pagefind.js");
        Directory.CreateDirectory(Path.GetDirectoryName(index)!);
        File.WriteAllText(index, "// index de la première construction");
        File.Delete(Path.Combine(input, "cas", "projet-fictif.md"));

        var changes = await RebuildAsync();

        Assert.Contains("cas/projet-fictif/index.html", changes.Deleted);
        Assert.False(Directory.Exists(Path.Combine(served, "cas", "projet-fictif")));
        Assert.True(File.Exists(index));
        Assert.DoesNotContain(changes.Deleted, path => path.StartsWith("pagefind/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_rebuild_publishes_nothing()
    {
        await RebuildAsync();
        MarkEveryFile();
        Edit("cas/cas-reel.md", "---\ntitre:", "titre:");

        using var target = new LiveFolderTarget(served);
        var summary = await SiteBuilder.BuildAsync(new BuildOptions(input), BuildEnvironment.None, target);

        Assert.False(summary.Succeeded);
        Assert.True(target.Changes.IsEmpty);
        Assert.All(Directory.GetFiles(served, "*", SearchOption.AllDirectories), file => Assert.Equal(Marker, File.GetLastWriteTimeUtc(file)));
    }

    [Fact]
    public async Task A_new_colour_renames_the_vocabulary_stylesheet_and_pages_that_changed_only_by_that_name_are_restyled()
    {
        await RebuildAsync();
        Edit("vocabulaire.yml", "couleur: \"#7b3f98\"", "couleur: \"#6a2f88\"");

        var changes = await RebuildAsync();

        var (old, replacement) = Assert.Single(changes.StylesheetRenames);
        Assert.StartsWith("assets/vocabulaire.", old, StringComparison.Ordinal);
        Assert.StartsWith("assets/vocabulaire.", replacement, StringComparison.Ordinal);
        Assert.Contains("cas/cas-reel/index.html", changes.RestyledPages);
        Assert.All(changes.Written.Where(p => p.EndsWith(".html", StringComparison.Ordinal)), page => Assert.Contains(page, changes.RestyledPages));
    }

    public void Dispose() => folder.Dispose();

    private async Task<SiteChanges> RebuildAsync()
    {
        using var target = new LiveFolderTarget(served);
        var summary = await SiteBuilder.BuildAsync(new BuildOptions(input), BuildEnvironment.None, target);
        Assert.True(summary.Succeeded, string.Join('\n', summary.Diagnostics));
        return target.Changes;
    }

    private void MarkEveryFile()
    {
        foreach (var file in Directory.GetFiles(served, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, Marker);
        }
    }

    private void Edit(string sheet, string from, string to)
    {
        var path = Path.Combine(input, sheet);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
