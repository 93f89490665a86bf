using System.Net;
using StatiqPat.Cli;
using StatiqPat.Publishing;
using StatiqPat.Serving;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>
/// The local server says every text file it sends is UTF-8, as Netlify does, and sends every response the policy of its
/// path, with or without live reload.
/// </summary>
public sealed class SiteServerTests : IClassFixture<SiteServerTests.BuiltSite>
{
    private readonly BuiltSite site;

    public SiteServerTests(BuiltSite site) => this.site = site;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_text_file_is_sent_with_its_type_and_a_utf8_charset(bool live)
    {
        await using var server = await SiteServer.StartAsync(site.Folder, port: 0, live ? new LiveReload(site.Folder) : null);
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        var stylesheet = "/" + Relative(Directory.GetFiles(Path.Combine(site.Folder, "assets"), "site.*.css").Single());
        var script = "/" + Relative(Directory.GetFiles(Path.Combine(site.Folder, "assets"), "*.js", SearchOption.AllDirectories).First());
        // The scripts' modules: a browser refuses a module sent with a type that is not JavaScript's.
        var module = "/" + Relative(Directory.GetFiles(Path.Combine(site.Folder, "assets"), "*.mjs", SearchOption.AllDirectories).First());

        foreach (var (path, type) in new[]
        {
            ("/", "text/html"), ("/cas/cas-reel/", "text/html"), ("/404.html", "text/html"), (stylesheet, "text/css"),
            (script, "text/javascript"), (module, "text/javascript"), ("/donnees/cas.json", "application/json"), ("/donnees/cas.csv", "text/csv"),
            ("/sitemap.xml", "text/xml"), ("/flux/cas.xml", "text/xml"), ("/favicon.svg", "image/svg+xml"), ("/robots.txt", "text/plain"),
        })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} : {(int)response.StatusCode}");
            Assert.Equal($"{type}; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        }

        using var missing = await client.GetAsync("/cette-page-n-existe-pas/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html; charset=utf-8", missing.Content.Headers.ContentType?.ToString());
    }

    /// <summary>The policy is set before the static files and the 404 page are looked up, so every response carries its path's.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_response_carries_the_policy_of_its_path_static_files_and_404_included(bool live)
    {
        await using var server = await SiteServer.StartAsync(site.Folder, port: 0, live ? new LiveReload(site.Folder) : null);
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };

        foreach (var path in new[] { "/", "/cas/cas-reel/", "/images/carte.svg", "/robots.txt", "/donnees/cas.json", "/admin/", "/admin/index.html", "/cette-page-n-existe-pas/" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(SecurityHeaders.PolicyFor(path), response.Headers.GetValues("Content-Security-Policy").Single());
        }

        Assert.Equal(SecurityHeaders.AdminContentSecurityPolicy, SecurityHeaders.PolicyFor("/admin/"));
    }

    private string Relative(string file) => Path.GetRelativePath(site.Folder, file).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The fixture built once into a folder, as <c>construire</c> writes it.</summary>
    public sealed class BuiltSite : IAsyncLifetime
    {
        private readonly TempFolder folder = new();

        public string Folder => folder.Combine("output");

        public async Task InitializeAsync() =>
            Assert.True(await BuildCommand.RunAsync(new BuildOptions(Repository.Fixture("site")), Folder, TextWriter.Null, TextWriter.Null));

        public Task DisposeAsync()
        {
            folder.Dispose();
            return Task.CompletedTask;
        }
    }
}
