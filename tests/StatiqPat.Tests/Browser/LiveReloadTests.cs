using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StatiqPat.Cli;
using StatiqPat.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace StatiqPat.Tests.Browser;

/// <summary>
/// <c>servir</c> as a contributor uses it: a page open in the browser while its sheet is edited, broken and fixed.
/// Its own server and browser, on a copy of the fixture site, since the test edits the input.
/// </summary>
[Trait(Tiers.Name, Tiers.Slow)]
public sealed class LiveReloadTests
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_edited_case_reloads_its_page_and_a_broken_one_shows_a_banner_until_it_is_fixed()
    {
        using var folder = new TempFolder();
        var options = new BuildOptions(folder.CopyIn(Repository.Fixture("site"), "input"));
        var sheet = Path.Combine(options.InputFolder, "cas", "cas-reel.md");
        var output = folder.Combine("output");
        Assert.True(await BuildCommand.RunAsync(options, output, TextWriter.Null, TextWriter.Null));
        var written = new StringWriter();
        var console = TextWriter.Synchronized(written);
        await using var site = await LiveSite.StartAsync(options, output, port: 0, console, console);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        await page.GotoAsync(site.Address + "/cas/cas-reel/");
        await ConnectedAsync(page);

        Edit(sheet, "titre: Un cas réel d'essai", "titre: Un cas réel renommé");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Un cas réel renommé", Soon);
        Assert.Matches(@"reconstruction : \d+ pages réécrites en \d+ ms", written.ToString());
        await ConnectedAsync(page);

        Edit(sheet, "---\ntitre:", "titre:");
        var banner = page.Locator("[role=alert]");
        await Expect(banner).ToContainTextAsync("input/cas/cas-reel.md:1:1: error PAT002", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await Expect(page.Locator("#statiqpat-problemes-titre")).ToBeFocusedAsync();
        await Expect(banner.Locator("a[href='/cas/cas-reel/']")).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0,
            "the banner makes the page wider than a 375px screen");
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await ConnectedAsync(page);

        Edit(sheet, "titre:", "---\ntitre:");
        await Expect(banner).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await Expect(page.Locator("h1")).ToHaveTextAsync("Un cas réel renommé", Soon);

        // A Content-Security-Policy refusal would show here: the script and stylesheet must come from the site itself.
        Assert.Empty(problems);
        await context.CloseAsync();
    }

    /// <summary>Edits made before the page listens would be missed: wait for its event stream to be open.</summary>
    private static Task ConnectedAsync(IPage page) =>
        page.WaitForSelectorAsync("html[data-livereload=connecte]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 15_000 });

    private static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, ReplaceFirst(text, from, to));
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }
}
