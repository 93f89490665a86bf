using System.Text;
using StatiqPat.Diagnostics;
using StatiqPat.Serving;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Live;

/// <summary>The reload script and the problem banner are added by <c>servir</c> as it serves a page, never built into the site.</summary>
public sealed class LiveReloadInjectionTests
{
    [Fact]
    public void The_script_goes_at_the_end_of_the_head_and_the_banner_at_the_start_of_the_body()
    {
        var html = LiveReload.Inject("<html><head><title>t</title></head><body class=\"x\"><h1>t</h1></body></html>", "<section>bannière</section>");

        Assert.Contains($"<script src=\"{LiveReloadAssets.ScriptPath}\" defer></script></head>", html, StringComparison.Ordinal);
        Assert.Contains("<body class=\"x\"><section>bannière</section><h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section>", LiveReload.Inject("<html><head></head><body></body></html>", banner: null), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_built_site_has_no_trace_of_live_reload()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")));

        Assert.True(result.Summary.Succeeded);
        Assert.DoesNotContain(result.Files, file => Encoding.UTF8.GetString(file.Content).Contains("_statiqpat", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_problem_is_printed_as_verifier_prints_it_and_linked_to_its_sheet_page_when_the_site_has_one()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("cas", "x"));
        File.WriteAllText(folder.Combine("cas", "x", "index.html"), "<html></html>");
        var linked = new Diagnostic("PAT004", new SourcePosition("input/cas/x.md", 3, 7), "champ inconnu", "retirez-le");
        var unlinked = new Diagnostic("PAT004", new SourcePosition("input/cas/nouveau.md", 1, 1), "champ inconnu");

        var banner = ProblemBanner.Render([linked, unlinked], folder.Path);

        Assert.Contains("role=\"alert\"", banner, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/cas/x/\"><code>input/cas/x.md:3:7: error PAT004: champ inconnu (retirez-le)</code></a>", banner, StringComparison.Ordinal);
        Assert.Contains("<li><code>input/cas/nouveau.md:1:1: error PAT004: champ inconnu</code></li>", banner, StringComparison.Ordinal);
    }
}
