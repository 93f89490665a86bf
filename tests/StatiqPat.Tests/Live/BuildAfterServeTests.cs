using System.Diagnostics;
using StatiqPat.Cli;
using StatiqPat.Incremental;
using StatiqPat.Serving;
using StatiqPat.Tests.Support;
using StatiqPat.Toolchain;

namespace StatiqPat.Tests.Live;

/// <summary>
/// <c>servir</c> leaves beside the served folder the state <c>construire</c> reads, so the first <c>construire</c>
/// after it finds nothing to do when the folder holds what a build would write, and does only what differs otherwise
/// (the search index, when <c>servir</c> stopped before making it again).
/// </summary>
public sealed class BuildAfterServeTests
{
    [Fact]
    public async Task After_rebuilds_while_serving_construire_of_the_same_input_finds_nothing_to_do_and_the_site_is_a_full_builds()
    {
        using var site = await ServedFixture.StartAsync();
        var (folder, input, served, options, errors, rebuilder) = (site.Folder, site.Input, site.Served, site.Options, site.Errors, site.Rebuilder);
        var sheet = Path.Combine(input, "cas", "cas-reel.md");

        // A save that changes nothing the site shows: the fingerprint changes, no page does.
        File.SetLastWriteTimeUtc(sheet, File.GetLastWriteTimeUtc(sheet).AddMinutes(1));
        Assert.True((await rebuilder.RebuildAsync(Stopwatch.GetTimestamp()))?.IsEmpty, errors.ToString());
        Assert.Contains("Rien n'a changé", await BuildAsync(options, served), StringComparison.Ordinal);

        // A new title: the case, its lists and its exports are written again while serving, then construire has nothing left to do.
        File.WriteAllText(sheet, File.ReadAllText(sheet).Replace("titre: Un cas réel d'essai", "titre: Un cas réel renommé", StringComparison.Ordinal));
        var changes = await rebuilder.RebuildAsync(Stopwatch.GetTimestamp());
        Assert.Contains("cas/cas-reel/index.html", changes?.Written ?? [], StringComparer.Ordinal);
        var home = Path.Combine(served, "index.html");
        var written = File.GetLastWriteTimeUtc(home);

        Assert.Contains("Rien n'a changé", await BuildAsync(options, served), StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(home));
        var fresh = folder.Combine("construit");
        Assert.True(await BuildCommand.RunAsync(options, fresh, TextWriter.Null, TextWriter.Null, force: true));
        Assert.Equal(Files(fresh), Files(served));
    }

    [Fact]
    public async Task A_file_of_the_served_site_edited_by_hand_is_noticed_by_the_next_construire()
    {
        using var folder = new TempFolder();
        var input = folder.CopyIn(Repository.Fixture("site"), "input");
        var served = folder.Combine("output");
        var options = new BuildOptions(input);
        Assert.True(await BuildCommand.RunAsync(options, served, TextWriter.Null, TextWriter.Null));
        var rebuilder = new LiveRebuilder(options, served, new LiveReload(served), TextWriter.Null, TextWriter.Null);
        var sheet = Path.Combine(input, "cas", "cas-reel.md");
        File.SetLastWriteTimeUtc(sheet, File.GetLastWriteTimeUtc(sheet).AddMinutes(1));
        Assert.NotNull(await rebuilder.RebuildAsync(Stopwatch.GetTimestamp()));
        var page = Path.Combine(served, "glossaire", "index.html");
        var original = File.ReadAllText(page);

        File.WriteAllText(page, "<p>modifié à la main</p>");

        Assert.Contains("Site écrit", await BuildAsync(options, served), StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(page));
    }

    [Fact]
    [Trait(Tiers.Name, Tiers.Slow)]
    public async Task With_search_construire_indexes_again_only_when_servir_stopped_before_its_index_caught_up_with_its_pages()
    {
        using var folder = new TempFolder();
        var input = folder.CopyIn(Repository.Fixture("site"), "input");
        var served = folder.Combine("output");
        var options = new BuildOptions(input);
        var errors = new StringWriter();
        var log = TextWriter.Synchronized(errors);
        Assert.True(await BuildCommand.RunAsync(options, served, TextWriter.Null, log, search: true), errors.ToString());

        // Stopped at once after an edit: the refresher's quiet period is not over, the index is older than the pages.
        await ServeAsync(options, served, log, "Titre servi une seconde", waitForIndex: false);
        var first = await BuildAsync(options, served, search: true);
        Assert.Contains("0 page rendue", first, StringComparison.Ordinal);
        Assert.Contains("recherche", first, StringComparison.Ordinal);
        Assert.Contains("Rien n'a changé", await BuildAsync(options, served, search: true), StringComparison.Ordinal);

        // Served until the refresher made the index again: nothing is left to do.
        await ServeAsync(options, served, log, "Titre servi plus longtemps", waitForIndex: true);
        Assert.Contains("Rien n'a changé", await BuildAsync(options, served, search: true), StringComparison.Ordinal);
        Assert.Empty(errors.ToString());
    }

    /// <summary>Serves <paramref name="served"/> for one edit of the case's title, as <c>servir</c> does, with the search refresher.</summary>
    private static async Task ServeAsync(BuildOptions options, string served, TextWriter errors, string title, bool waitForIndex)
    {
        var state = LiveState.From(served);
        using var refresher = new SearchRefresher(served, NodeTools.PagefindOf(Repository.Root), Repository.Root, errors, state);
        var rebuilder = new LiveRebuilder(options, served, new LiveReload(served), TextWriter.Null, errors, refresher, state: state);
        var sheet = Path.Combine(options.InputFolder, "cas", "cas-reel.md");
        var text = File.ReadAllText(sheet);
        File.WriteAllText(sheet, string.Join('\n', text.Split('\n').Select(line => line.StartsWith("titre: ", StringComparison.Ordinal) ? "titre: " + title : line)));
        Assert.NotEqual(0, (await rebuilder.RebuildAsync(Stopwatch.GetTimestamp()))?.PageCount ?? 0);
        var deadline = DateTime.UtcNow + SearchRefresher.QuietPeriod + TimeSpan.FromSeconds(60);
        while (waitForIndex && !Indexed(state) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(waitForIndex, Indexed(state));
    }

    /// <summary>Under the state's gate, so that once the index is seen as made, the state that says so is written too.</summary>
    private static bool Indexed(LiveState state)
    {
        lock (state.Gate)
        {
            return state.SearchIndex is not null;
        }
    }

    private static async Task<string> BuildAsync(BuildOptions options, string output, bool search = false)
    {
        var written = new StringWriter();
        var errors = new StringWriter();
        Assert.True(await BuildCommand.RunAsync(options, output, written, errors, search), errors.ToString());
        return written.ToString();
    }

    private static SortedDictionary<string, string> Files(string root) =>
        new(Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            file => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'),
            file => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))), StringComparer.Ordinal);
}
