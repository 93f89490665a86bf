using Microsoft.Playwright;
using StatiqPat.Cli;
using StatiqPat.Serving;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Browser;

/// <summary>
/// The fixture site written to disk, served by the project's own server on a free loopback port, and a
/// headless Debian Chromium driven by Playwright. Built once and shared by every browser test.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private IPlaywright? playwright;
    private SiteServer? server;
    private SiteServer? realServer;
    private SiteServer? formServer;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The small fixture site (one sheet of each kind).</summary>
    public string Address => server!.Address;

    /// <summary>The fixture site again, its <c>/admin/</c> form saving to Decap's in-memory test backend.</summary>
    public string FormAddress => formServer!.Address;

    /// <summary>The knowledge base of <c>input/</c>, as it will be published.</summary>
    public string RealAddress => realServer!.Address;

    /// <summary>The folder the knowledge base was built into, for tests that read the pages the index was made from.</summary>
    public string RealFolder => folder.Combine("real");

    public async Task InitializeAsync()
    {
        // Before the three builds below: a missing browser is said at once.
        _ = Prerequisites.Chromium();
        var built = await BuildCommand.RunAsync(new BuildOptions(Repository.Fixture("site")), folder.Combine("output"), TextWriter.Null, TextWriter.Null);
        Assert.True(built, "the fixture site must build");
        server = await SiteServer.StartAsync(folder.Combine("output"), port: 0);
        var errors = new StringWriter();
        var builtReal = await BuildCommand.RunAsync(new BuildOptions(Repository.Input), folder.Combine("real"), TextWriter.Null, errors, search: true);
        Assert.True(builtReal, $"the knowledge base must build with its search index: {errors}");
        realServer = await SiteServer.StartAsync(folder.Combine("real"), port: 0);
        var builtForm = await BuildCommand.RunAsync(new BuildOptions(Repository.Fixture("site"), Cms: Cms.CmsBackend.TestRepo), folder.Combine("form"), TextWriter.Null, TextWriter.Null);
        Assert.True(builtForm, "the fixture site must build with the trial form");
        formServer = await SiteServer.StartAsync(folder.Combine("form"), port: 0);

        playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync(playwright);
    }

    /// <summary>A headless Debian Chromium that reaches nothing but the sites under test; also for tests that start their own server.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        // Debian's Chromium (Playwright must never download a browser: CI has no network for it); CHROMIUM_PATH points
        // elsewhere on machines that have another build (GitHub's runners have Chrome, Ubuntu a snap).
        var chromium = Prerequisites.Chromium();
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Without these, Chromium tries to reach Google services, which this sandbox refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        foreach (var running in new[] { server, realServer, formServer })
        {
            if (running is not null)
            {
                await running.DisposeAsync();
            }
        }

        folder.Dispose();
    }
}
