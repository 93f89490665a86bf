using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace StatiqPat.Tests.Browser;

/// <summary>« Préparer un atelier » as a trainer uses it in Chromium, on the real content: keyboard, address, print.</summary>
[Collection(BrowserCollection.Name)]
[Trait(Support.Tiers.Name, Support.Tiers.Slow)]
public sealed class WorkshopBrowserTests(BrowserSession session)
{
    [Fact]
    public async Task A_trainer_composes_with_the_keyboard_gets_clock_times_and_a_total_and_the_address_restores_the_same_agenda()
    {
        await using var context = await Context();
        var page = await context.NewPageAsync();
        var problems = Watch(page);
        await page.GotoAsync(session.RealAddress + "/atelier/");
        var minutes = await Durations(page);

        await page.Locator("#atelier-debut").FillAsync("09:30");
        await AddWithKeyboard(page, "recit-du-territoire");
        await AddWithKeyboard(page, "carto-collective");
        await page.Locator("#atelier-pause").FillAsync("15");
        await page.Locator("#atelier-ajouter-pause").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        // The break goes between the two tools: « Monter » on the third step, by keyboard.
        await page.Locator("#atelier-etapes li").Nth(2).GetByRole(AriaRole.Button, new() { Name = "Monter : Pause" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var start = 9 * 60 + 30;
        var recit = minutes["recit-du-territoire"];
        var carto = minutes["carto-collective"];
        string[][] expected =
        [
            [Clock(start), Clock(start + recit)],
            [Clock(start + recit), Clock(start + recit + 15)],
            [Clock(start + recit + 15), Clock(start + recit + 15 + carto)],
        ];
        Assert.Equal(expected, await Times(page));
        Assert.EndsWith($"de 09:30 à {Clock(start + recit + 15 + carto)}", await page.Locator("#atelier-total").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Total", await page.Locator("#atelier-annonce").TextContentAsync(), StringComparison.Ordinal);
        Assert.EndsWith("/atelier/?outils=recit-du-territoire,pause-15,carto-collective&debut=09:30", page.Url, StringComparison.Ordinal);
        Assert.Equal(["recit-du-territoire", "carto-collective"], await page.Locator("#atelier-kit .kit-sheet").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.kit)"));

        await page.Locator("#atelier-copier").ClickAsync();
        Assert.Equal(page.Url, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // The link alone, in a browser that never saw this atelier, gives the same agenda.
        await using var other = await Context();
        var shared = await other.NewPageAsync();
        await shared.GotoAsync(page.Url);
        Assert.Equal(expected, await Times(shared));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_unknown_tool_in_the_address_is_named_in_french_and_the_rest_of_the_atelier_loads()
    {
        await using var context = await Context();
        var page = await context.NewPageAsync();
        await page.GotoAsync(session.RealAddress + "/atelier/?outils=recit-du-territoire,outil-inconnu,carto-collective&debut=14:00");

        var error = page.Locator("#atelier-erreur");
        Assert.True(await error.IsVisibleAsync());
        Assert.Contains("« outil-inconnu »", await error.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("#atelier-agenda tbody tr").CountAsync());
        Assert.Equal("14:00", (await Times(page))[0][0]);
    }

    [Fact]
    public async Task Each_tool_sheet_adds_its_tool_to_the_atelier_being_composed_in_this_browser()
    {
        await using var context = await Context();
        var page = await context.NewPageAsync();
        foreach (var tool in new[] { "recit-du-territoire", "carto-collective" })
        {
            await page.GotoAsync(session.RealAddress + $"/outils/{tool}/");
            await Task.WhenAll(page.WaitForURLAsync("**/atelier/**"), page.GetByRole(AriaRole.Link, new() { Name = "Ajouter à mon atelier" }).ClickAsync());
            await page.Locator("#atelier-agenda tbody tr").First.WaitForAsync();
        }

        Assert.Equal(2, await page.Locator("#atelier-agenda tbody tr").CountAsync());
        Assert.Contains("outils=recit-du-territoire,carto-collective&", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printed_the_kit_is_the_agenda_then_each_sheet_starting_a_new_a4_page()
    {
        await using var context = await Context();
        var page = await context.NewPageAsync();
        await page.GotoAsync(session.RealAddress + "/atelier/?outils=cas-inter-pat-inspirants,carto-collective.suite,recit-du-territoire&debut=09:00");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".composer-controls").IsVisibleAsync());
        Assert.False(await page.Locator(".tool-catalogue").IsVisibleAsync());
        Assert.True(await page.Locator("#atelier-agenda").IsVisibleAsync());
        Assert.Equal(["page", "page", "page"], await page.Locator("#atelier-kit .kit-sheet").EvaluateAllAsync<string[]>("s => s.map(e => getComputedStyle(e).breakBefore)"));

        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new PagePdfOptions { Format = "A4" }));
        var pages = System.Text.RegularExpressions.Regex.Matches(pdf, @"/Type\s*/Page\b").Count;
        Assert.True(pages >= 4, $"{pages} printed pages for an agenda and three sheets");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "statiqpat-print-atelier.png"), FullPage = true });
    }

    [Fact]
    public async Task Without_javascript_the_page_says_composing_needs_it_and_still_lists_the_tools_and_sequences()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(session.RealAddress + "/atelier/?outils=recit-du-territoire,carto-collective");

        Assert.False(await page.Locator("#composeur").IsVisibleAsync());
        Assert.Contains("demande JavaScript", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".tool-catalogue a[href='/outils/carto-collective/']").IsVisibleAsync());
        Assert.True(await page.Locator(".sequence-list a").CountAsync() > 0);
    }

    private async Task<IBrowserContext> Context()
    {
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = session.RealAddress });
        return context;
    }

    /// <summary>Chooses a tool in the list with the arrow keys, then « Ajouter » with Enter.</summary>
    private static async Task AddWithKeyboard(IPage page, string token)
    {
        var options = await page.Locator("#atelier-choix option").EvaluateAllAsync<string[]>("o => o.map(e => e.value)");
        await page.Locator("#atelier-choix").FocusAsync();
        await page.Keyboard.PressAsync("Home");
        for (var i = 0; i < Array.IndexOf(options, token); i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Equal(token, await page.Locator("#atelier-choix").InputValueAsync());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("atelier-ajouter", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task<Dictionary<string, int>> Durations(IPage page)
    {
        var json = await page.Locator("#atelier-donnees").TextContentAsync();
        return JsonDocument.Parse(json!).RootElement.GetProperty("outils").EnumerateArray()
            .ToDictionary(t => t.GetProperty("slug").GetString()!, t => t.GetProperty("duree").GetInt32());
    }

    private static async Task<string[][]> Times(IPage page) =>
        await page.Locator("#atelier-agenda tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.cells[0].textContent, r.cells[1].textContent])");

    private static string Clock(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");

    private static List<string> Watch(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }
}
