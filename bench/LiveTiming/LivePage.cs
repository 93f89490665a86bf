using Microsoft.Playwright;

namespace LiveTiming;

/// <summary>
/// The case page open in a headless Debian Chromium, as a contributor would have it beside the editor. servir's
/// live-reload script reloads it when the server says it changed; the benchmark watches for that reload.
/// </summary>
public sealed class LivePage : IAsyncDisposable
{
    /// <summary>Debian's Chromium (Playwright must not download a browser); CHROMIUM_PATH points to another build.</summary>
    public static readonly string Chromium =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    // Set on the window before a save: a reload makes a new window without it, so a match cannot be the old page.
    private const string StaleMarker = "__liveTimingStale";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IPage page;

    private LivePage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.page = page;
    }

    public static async Task<LivePage> OpenAsync(string address)
    {
        if (!File.Exists(Chromium))
        {
            throw new BenchmarkFailure($"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH");
        }

        var playwright = await Playwright.CreateAsync();
        IBrowser? browser = null;
        try
        {
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                // As in the tests: without these, Chromium tries to reach Google services, which a sandbox refuses.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
            });
            var page = await browser.NewPageAsync();
            await page.GotoAsync(address);
            var live = new LivePage(playwright, browser, page);
            await live.WaitUntilListeningAsync(TimeSpan.FromSeconds(30));
            return live;
        }
        catch (PlaywrightException exception)
        {
            if (browser is not null)
            {
                await browser.CloseAsync();
            }

            playwright.Dispose();
            throw new BenchmarkFailure($"cannot open {address} in {Chromium}: {exception.Message}");
        }
    }

    /// <summary>A save made before the page's event stream is open would be missed: waits for it (again after each reload).</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        try
        {
            await page.WaitForSelectorAsync("html[data-livereload=connecte]",
                new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = (float)timeout.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            throw new BenchmarkFailure($"the page {page.Url} did not connect to the live-reload events within {timeout.TotalSeconds:0} s");
        }
    }

    /// <summary>Marks the page shown now, so that <see cref="WaitForReloadShowingAsync"/> ignores it.</summary>
    public Task MarkAsync() => page.EvaluateAsync($"() => {{ window.{StaleMarker} = true; }}");

    /// <summary>
    /// Waits until the page has been reloaded, its visible text contains <paramref name="text"/> and it has been painted;
    /// returns the page's own clock then, or null if that did not happen within <paramref name="timeout"/>.
    /// </summary>
    public async Task<PageClock?> WaitForReloadShowingAsync(string text, TimeSpan timeout)
    {
        try
        {
            await page.WaitForFunctionAsync(
                $"text => window.{StaleMarker} === undefined && document.body !== null && document.body.innerText.includes(text)"
                + " && performance.getEntriesByName('first-contentful-paint').length > 0",
                text, new PageWaitForFunctionOptions { Timeout = (float)timeout.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            return null;
        }

        // Playwright notices the reloaded page late (its wait starts over in the new page, then polls on animation
        // frames; 30 to 400 ms late on a two-core machine): the page's own clock says when it was shown. The change is in the HTML, so it is on screen from the
        // first paint after the document was parsed: the first contentful paint, or the end of parsing if that came later.
        var times = await page.EvaluateAsync<double[]>(
            "() => [performance.now(), Math.max(performance.getEntriesByName('first-contentful-paint')[0].startTime,"
            + " performance.getEntriesByType('navigation')[0].domInteractive)]");
        return new PageClock(times[0], times[1]);
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
