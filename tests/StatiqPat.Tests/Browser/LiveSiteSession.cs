using Microsoft.Playwright;
using StatiqPat.Cli;
using StatiqPat.Serving;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Browser;

/// <summary>
/// A copy of the fixture site served by <c>servir</c>'s live server on a free port, with its own Chromium and a
/// 375 px page: a test edits the copy's input and watches the page follow.
/// </summary>
public sealed class LiveSiteSession : IAsyncDisposable
{
    private readonly TempFolder folder = new();
    private readonly StringWriter written = new();
    private LiveSite? site;
    private IPlaywright? playwright;
    private IBrowser? browser;

    private LiveSiteSession()
    {
        Input = folder.CopyIn(Repository.Fixture("site"), "input");
    }

    public string Input { get; }

    public IPage Page { get; private set; } = null!;

    /// <summary>Browser console errors, a Content-Security-Policy refusal among them.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>What the server printed so far.</summary>
    public string Console
    {
        get
        {
            lock (written)
            {
                return written.ToString();
            }
        }
    }

    public static async Task<LiveSiteSession> StartAsync(string path)
    {
        var session = new LiveSiteSession();
        var options = new BuildOptions(session.Input);
        var output = session.folder.Combine("output");
        Assert.True(await BuildCommand.RunAsync(options, output, TextWriter.Null, TextWriter.Null));
        var console = TextWriter.Synchronized(session.written);
        session.site = await LiveSite.StartAsync(options, output, port: 0, console, console);
        session.playwright = await Playwright.CreateAsync();
        session.browser = await BrowserSession.LaunchAsync(session.playwright);
        var context = await session.browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        session.Page = await context.NewPageAsync();
        session.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.Problems.Add(message.Text);
            }
        };
        await session.Page.GotoAsync(session.site.Address + path);
        await session.ConnectedAsync();
        return session;
    }

    /// <summary>Edits made before the page listens would be missed: waits for its event stream to be open.</summary>
    public Task ConnectedAsync() =>
        Page.WaitForSelectorAsync("html[data-livereload=connecte]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 15_000 });

    /// <summary>Replaces the first <paramref name="from"/> in an input file.</summary>
    public void Edit(string file, string from, string to)
    {
        var path = Path.Combine(Input, file);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in {file}");
        File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }

        folder.Dispose();
    }
}
