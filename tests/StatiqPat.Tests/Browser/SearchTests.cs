using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StatiqPat.Tests.Browser;

/// <summary>The search page on the real knowledge base, with its Pagefind index, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
[Trait(Support.Tiers.Name, Support.Tiers.Slow)]
public sealed class SearchTests(BrowserSession session, ITestOutputHelper output)
{
    [Fact]
    public async Task Accents_and_case_do_not_matter()
    {
        var page = await session.Browser.NewPageAsync();

        var withAccent = await Status(page, "coopération");
        var without = await Status(page, "cooperation");
        var shouting = await Status(page, "COOPÉRATION");

        // Same pages found; their order may differ slightly, as an exact accent match ranks a little higher.
        Assert.Matches("^[0-9]+ résultats[.,]", withAccent.Count);
        Assert.Equal(withAccent.Count, without.Count);
        Assert.Equal(withAccent.Count, shouting.Count);
        Assert.Contains("/cooperation-inter-pat/", without.Urls);
        Assert.Contains("/cooperation-inter-pat/", withAccent.Urls);
        await page.CloseAsync();
    }

    [Fact]
    public async Task More_results_load_in_place_until_all_are_shown_announced_and_kept_over_a_reload()
    {
        var page = await session.Browser.NewPageAsync();
        await ResultUrls(page, "coopération");
        var total = int.Parse((await page.Locator("#search-status").TextContentAsync())!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 40, $"{total} results: the test needs more than two pages");
        await Expect(page.Locator("#search-list li")).ToHaveCountAsync(20);
        await Expect(page.Locator("#search-status")).ToHaveTextAsync($"{total} résultats, 20 affichés.");

        var more = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Voir plus de résultats" });
        await more.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#search-list li")).ToHaveCountAsync(40);
        await Expect(page.Locator("#search-status")).ToHaveTextAsync($"{total} résultats, 40 affichés.");
        // The keyboard user lands on the first new result, not back at the top.
        Assert.Equal(await page.Locator("#search-list li").Nth(20).Locator("a").First.GetAttributeAsync("href"),
            await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await page.WaitForURLAsync(url => url.Contains("affiches=40", StringComparison.Ordinal), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });

        await page.ReloadAsync();
        await Expect(page.Locator("#search-list li")).ToHaveCountAsync(40);

        for (var listed = 40; listed < total; listed += 20)
        {
            await more.ClickAsync();
            await Expect(page.Locator("#search-list li")).ToHaveCountAsync(Math.Min(listed + 20, total));
        }

        await Expect(more).ToBeHiddenAsync();

        await Expect(page.Locator("#search-list li")).ToHaveCountAsync(total);
        await Expect(page.Locator("#search-status")).ToHaveTextAsync($"{total} résultats.");
        var urls = await page.Locator("#search-list li h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(total, urls.Distinct().Count());
        await page.CloseAsync();
    }

    /// <summary>
    /// An excerpt is read as text from the page: every word in it must be a word a reader sees on that page. Words
    /// glued across two blocks (« ContexteDe », « Fonctionsnon ») are not, and the printed address of a sheet, a
    /// field label or the « non renseigné » placeholder must not be indexed at all.
    /// </summary>
    [Theory]
    [InlineData("épinal")]
    [InlineData("coopération")]
    [InlineData("restauration collective")]
    [InlineData("mouans-sartoux")]
    [InlineData("foncier")]
    [InlineData("atelier")]
    [InlineData("vosges")]
    public async Task Excerpts_hold_only_words_the_page_shows_without_addresses_or_placeholders(string query)
    {
        var page = await session.Browser.NewPageAsync();
        await ResultUrls(page, query);
        var results = await page.Locator("#search-list li").EvaluateAllAsync<string[][]>(
            "items => items.map(li => [li.querySelector('h3 a').getAttribute('href'), li.querySelector('p.result-excerpt').textContent])");
        Assert.NotEmpty(results);

        var sheet = await session.Browser.NewPageAsync();
        foreach (var result in results)
        {
            var (url, excerpt) = (result[0], result[1]);
            Assert.DoesNotContain("http", excerpt, StringComparison.Ordinal);
            Assert.DoesNotContain("non renseigné", excerpt, StringComparison.Ordinal);
            await sheet.GotoAsync(session.RealAddress + url);
            // Case-insensitive: innerText applies the stylesheet's text-transform (« OUTIL Nº 2 » is written « Outil nº 2 »).
            var shown = Words(await sheet.Locator("main").InnerTextAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var glued = Words(excerpt).Where(word => !shown.Contains(word)).ToList();
            Assert.True(glued.Count == 0, $"{url}: « {string.Join(" », « ", glued)} » in the excerpt « {excerpt} » are not words of the page");
        }

        await sheet.CloseAsync();
        await page.CloseAsync();
    }

    /// <summary>Words as a reader sees them: split on spaces and punctuation, apostrophes and hyphens kept inside.</summary>
    private static IEnumerable<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*").Select(m => m.Value);

    /// <summary>
    /// Cumulative layout shift, as Chromium reports it to a layout-shift observer installed before the page's own
    /// scripts run, while a search given in the address loads its results and filters. « Good » is below 0.1.
    /// </summary>
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 740)]
    public async Task Results_arriving_do_not_shift_the_page(int width, int height)
    {
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync("""
            window.__shifts = [];
            new PerformanceObserver(list => {
              for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
            }).observe({ type: "layout-shift", buffered: true });
            """);

        await page.GotoAsync($"{session.RealAddress}/recherche/?q={Uri.EscapeDataString("coopération")}");
        await Expect(page.Locator("#search-status")).ToContainTextAsync("résultat");
        await Expect(page.Locator("#search-list li").First).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(500);

        var shifts = await page.EvaluateAsync<double[]>("() => window.__shifts");
        output.WriteLine($"{width} px: layout shifts {string.Join(", ", shifts)}; total {shifts.Sum():0.000}");
        Assert.True(shifts.Sum() < 0.1, $"cumulative layout shift {shifts.Sum():0.000} at {width} px");
        await context.CloseAsync();
    }

    [Fact]
    public async Task French_stemming_finds_mobilisation_from_mobiliser()
    {
        var page = await session.Browser.NewPageAsync();

        var urls = await ResultUrls(page, "mobiliser");

        Assert.NotEmpty(urls);
        var excerpts = await page.Locator("#search-list li p").AllTextContentsAsync();
        Assert.Contains(excerpts, e => e.Contains("mobilisation", StringComparison.OrdinalIgnoreCase));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Facet_counts_narrow_the_results_and_the_filters_are_kept_in_a_shareable_address()
    {
        var page = await session.Browser.NewPageAsync();
        page.Console += (_, m) => output.WriteLine($"console {m.Type}: {m.Text}");
        page.PageError += (_, e) => output.WriteLine($"page error: {e}");
        var all = await ResultUrls(page, "Épinal");
        var caseOption = page.Locator("#search-filters label", new PageLocatorOptions { HasTextString = "Cas (" });
        var label = await caseOption.TextContentAsync();
        var count = int.Parse(label!.Split('(', ')')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(count, 1, all.Count - 1);

        await caseOption.ClickAsync();
        // The script changes the address with history.replaceState: no page load follows, so wait for the address alone
        // (waiting for "load" timed out once on a loaded machine).
        await page.WaitForURLAsync(url => url.Contains("fiche=Cas", StringComparison.Ordinal), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Expect(page.Locator("#search-list li")).ToHaveCountAsync(Math.Min(count, 20));

        var shared = page.Url;
        var other = await session.Browser.NewPageAsync();
        await other.GotoAsync(shared);
        await Expect(other.Locator("#search-list li")).ToHaveCountAsync(Math.Min(count, 20));
        Assert.Equal("Épinal", await other.InputValueAsync("#q"));
        Assert.True(await other.Locator("#search-filters input[type=checkbox]:checked").CountAsync() == 1);
        var urls = await other.Locator("#search-list li h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.All(urls, u => Assert.StartsWith("/cas/", u, StringComparison.Ordinal));
        await page.CloseAsync();
        await other.CloseAsync();
    }

    [Fact]
    public async Task The_header_box_leads_to_the_search_page_and_one_search_loads_little_from_the_local_server_only()
    {
        var page = await session.Browser.NewPageAsync();
        long bytes = 0;
        var hosts = new List<string>();
        page.RequestFinished += async (_, request) =>
        {
            hosts.Add(new Uri(request.Url).Authority);
            var sizes = await request.SizesAsync();
            Interlocked.Add(ref bytes, sizes.ResponseBodySize + sizes.ResponseHeadersSize);
        };
        await page.GotoAsync(session.RealAddress + "/");
        await page.FillAsync("#recherche-rapide", "carto collective");
        await page.PressAsync("#recherche-rapide", "Enter");
        await page.WaitForURLAsync(url => url.Contains("/recherche/?q=", StringComparison.Ordinal));
        await Expect(page.Locator("#search-status")).ToContainTextAsync("résultat");

        Assert.Contains("/outils/carto-collective/", await page.Locator("#search-list li h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.All(hosts, h => Assert.Equal(new Uri(session.RealAddress).Authority, h));
        output.WriteLine($"bytes transferred for the home page and one search: {bytes}");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_search_page_says_it_needs_it_and_offers_the_lists()
    {
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync(session.RealAddress + "/recherche/?q=epinal");

        Assert.Contains("a besoin de JavaScript", await page.Locator("main").InnerTextAsync());
        Assert.False(await page.Locator("#search-app").IsVisibleAsync());
        await context.CloseAsync();
    }

    private async Task<(string Count, IReadOnlyList<string> Urls)> Status(IPage page, string query)
    {
        var urls = await ResultUrls(page, query);
        return ((await page.Locator("#search-status").TextContentAsync())!, urls);
    }

    private async Task<IReadOnlyList<string>> ResultUrls(IPage page, string query)
    {
        await page.GotoAsync($"{session.RealAddress}/recherche/?q={Uri.EscapeDataString(query)}");
        // Playwright's assertions, not WaitForFunction: the site's CSP (rightly) forbids the eval the latter needs.
        await Expect(page.Locator("#search-status")).ToContainTextAsync("résultat");
        return await page.Locator("#search-list li h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }
}
