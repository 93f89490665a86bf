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
    [InlineData(1280, 900, "coopération", "#search-list li")]
    [InlineData(375, 740, "coopération", "#search-list li")]
    [InlineData(375, 740, "epinnal", "#search-guess-list li")]
    public async Task Results_arriving_do_not_shift_the_page(int width, int height, string query, string drawn)
    {
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync("""
            window.__shifts = [];
            window.__keepShifts = entries => { for (const entry of entries) if (!entry.hadRecentInput) window.__shifts.push(entry.value); };
            window.__layoutShifts = new PerformanceObserver(list => window.__keepShifts(list.getEntries()));
            window.__layoutShifts.observe({ type: "layout-shift", buffered: true });
            """);

        await page.GotoAsync($"{session.RealAddress}/recherche/?q={Uri.EscapeDataString(query)}");
        await Expect(page.Locator("#search-status")).ToContainTextAsync("résultat");
        await Expect(page.Locator(drawn).First).ToBeVisibleAsync();

        // The status and the drawn list are the search's last changes to the page. What may still move it is a font or
        // an image still loading; once they are in, two frames later the last change is laid out and its shifts are
        // recorded, and takeRecords hands over those the observer has not delivered yet.
        var shifts = await page.EvaluateAsync<double[]>("""
            async () => {
              await document.fonts.ready;
              await Promise.all([...document.images].filter(image => !image.complete)
                .map(image => new Promise(settled => {
                  image.addEventListener("load", settled, { once: true });
                  image.addEventListener("error", settled, { once: true });
                })));
              await new Promise(painted => requestAnimationFrame(() => requestAnimationFrame(painted)));
              window.__keepShifts(window.__layoutShifts.takeRecords());
              return window.__shifts;
            }
            """);
        output.WriteLine($"{width} px, « {query} »: layout shifts {string.Join(", ", shifts)}; total {shifts.Sum():0.000}");
        Assert.True(shifts.Sum() < 0.1, $"cumulative layout shift {shifts.Sum():0.000} at {width} px for « {query} »");
        await context.CloseAsync();
    }

    /// <summary>
    /// An officer types « cantine » where the sources write « restauration collective »: every indexed page whose
    /// indexed text says « restauration collective » is found, and on a page found only through the synonym the
    /// excerpt highlights the word the page uses and the result says which synonym found it.
    /// </summary>
    [Fact]
    public async Task Cantine_finds_every_page_about_restauration_collective_with_the_synonym_highlighted()
    {
        var expected = IndexedPagesSaying("restauration collective");
        Assert.True(expected.Count >= 10, $"{expected.Count} pages say « restauration collective »: the oracle is too small to mean anything");
        var page = await session.Browser.NewPageAsync();
        var found = await AllResultUrls(page, "cantine");

        Assert.Empty(expected.Except(found));
        await Expect(page.Locator("#search-status")).ToContainTextAsync("« restauration collective »");
        var bySynonym = page.Locator("#search-list li", new PageLocatorOptions { Has = page.Locator("p.result-via") });
        Assert.True(await bySynonym.CountAsync() > 0, "some pages are found only through the synonym");
        await Expect(bySynonym.First.Locator("p.result-via")).ToHaveTextAsync("Trouvé par le synonyme « restauration collective ».");
        var marked = await bySynonym.First.Locator("p.result-excerpt mark").AllTextContentsAsync();
        Assert.Contains(marked, m => m.Equals("restauration", StringComparison.OrdinalIgnoreCase) || m.Equals("collective", StringComparison.OrdinalIgnoreCase));
        await Expect(page.Locator("#search-related a")).ToHaveAttributeAsync("href", "/fonctions/manger/");
        await page.CloseAsync();
    }

    /// <summary>A sigle finds the word the sheets write, and the word finds the sigle: « EPCI » and « intercommunalité ».</summary>
    [Fact]
    public async Task Epci_and_intercommunalite_find_each_other()
    {
        var saying = IndexedPagesSaying("intercommunalité");
        Assert.NotEmpty(saying.Except(IndexedPagesSaying("EPCI")));
        var page = await session.Browser.NewPageAsync();

        var byAcronym = await AllResultUrls(page, "EPCI");
        Assert.Empty(saying.Except(byAcronym));
        await Expect(page.Locator("#search-related a")).ToHaveAttributeAsync("href", "/niveaux/intercommunalite/");

        var byWord = await AllResultUrls(page, "intercommunalité");
        Assert.Empty(IndexedPagesSaying("EPCI").Except(byWord));
        await page.CloseAsync();
    }

    /// <summary>A département's council sigle, as the sources write it (« CD13 »), finds the département's name.</summary>
    [Fact]
    public async Task A_departement_sigle_finds_its_name()
    {
        var page = await session.Browser.NewPageAsync();
        var found = await AllResultUrls(page, "CD06");
        Assert.Empty(IndexedPagesSaying("Alpes-Maritimes").Except(found));
        await page.CloseAsync();
    }

    /// <summary>
    /// A query that finds nothing says so, offers the closest titles and typology values, folded as <c>check</c>
    /// folds a mistyped slug (« epinnal » leads to Épinal's pages, « pionier » to the role « Pionnier »), and links to
    /// the indexes. Pagefind itself forgives many typos; these two it does not.
    /// </summary>
    [Theory]
    [InlineData("epinnal", "/territoires/epinal/")]
    [InlineData("pionier", "/roles/pionnier/")]
    public async Task A_query_with_no_match_shows_suggestions_and_the_indexes(string query, string suggested)
    {
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync($"{session.RealAddress}/recherche/?q={query}");
        await Expect(page.Locator("#search-status")).ToHaveTextAsync($"Aucun résultat pour « {query} ».");
        await Expect(page.Locator("#search-guesses")).ToBeVisibleAsync();
        var guessed = await page.Locator("#search-guess-list a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(suggested, guessed[0]);
        var indexes = await page.Locator("#search-none .index-links a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/typologie/", indexes);
        Assert.Contains("/explorer/", indexes);

        // A new search that finds something hides the suggestions again.
        await page.FillAsync("#q", "épinal");
        await page.PressAsync("#q", "Enter");
        await Expect(page.Locator("#search-list li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#search-none")).ToBeHiddenAsync();
        await page.CloseAsync();
    }

    /// <summary>
    /// The search page in each of its states (waiting for words, results, results widened by a synonym, nothing found),
    /// at desktop and phone widths: axe finds no WCAG 2.1 AA violation, and the Nu checker finds no error in the page
    /// as the script left it (its live DOM, saved once the state is drawn).
    /// </summary>
    [Fact]
    public async Task Every_state_of_the_search_page_passes_axe_and_the_nu_checker_at_both_widths()
    {
        using var folder = new Support.TempFolder();
        var states = new (string Name, string Query, string Ready)[]
        {
            ("vide", "", "#search-status:has-text('Tapez')"),
            ("resultats", "coopération", "#search-list li"),
            ("synonymes", "cantine", "#search-list li .result-via"),
            ("aucun", "epinnal", "#search-guess-list li"),
        };
        foreach (var width in new[] { 1280, 375 })
        {
            var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            foreach (var (name, query, ready) in states)
            {
                await page.GotoAsync($"{session.RealAddress}/recherche/{(query.Length == 0 ? "" : "?q=" + Uri.EscapeDataString(query))}");
                await Expect(page.Locator(ready).First).ToBeAttachedAsync();
                await Accessibility.AssertNoViolations(page, $"search ({name}, {width} px)");
                await File.WriteAllTextAsync(folder.Combine($"{name}-{width}.html"), "<!DOCTYPE html>\n" + await page.EvaluateAsync<string>("() => document.documentElement.outerHTML"));
            }

            await context.CloseAsync();
        }

        var (errors, warnings) = Support.NuChecker.Check(folder.Path, folder.Path);
        foreach (var warning in warnings)
        {
            output.WriteLine(warning);
        }

        Assert.True(Directory.GetFiles(folder.Path, "*.html").Length == 8);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
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

    /// <summary>Every result of a query, the « Voir plus » button pressed until it goes away.</summary>
    private async Task<IReadOnlyList<string>> AllResultUrls(IPage page, string query)
    {
        await ResultUrls(page, query);
        var more = page.Locator("#search-more");
        while (await more.IsVisibleAsync())
        {
            var listed = await page.Locator("#search-list li").CountAsync();
            await more.ClickAsync();
            await Expect(page.Locator("#search-list li")).Not.ToHaveCountAsync(listed);
        }

        return await page.Locator("#search-list li h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }

    /// <summary>
    /// The oracle: the built pages whose indexed text (their <c>data-pagefind-body</c>, less what is marked
    /// <c>data-pagefind-ignore</c>) holds the phrase, case aside; read from the files the index was made from.
    /// </summary>
    private IReadOnlyList<string> IndexedPagesSaying(string phrase)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var urls = new List<string>();
        foreach (var file in Directory.EnumerateFiles(session.RealFolder, "index.html", SearchOption.AllDirectories))
        {
            using var document = parser.ParseDocument(File.ReadAllText(file));
            if (document.QuerySelector("[data-pagefind-body]") is not { } body)
            {
                continue;
            }

            foreach (var ignored in body.QuerySelectorAll("[data-pagefind-ignore]").ToList())
            {
                ignored.Remove();
            }

            var text = System.Text.RegularExpressions.Regex.Replace(body.TextContent, @"\s+", " ");
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                var relative = Path.GetRelativePath(session.RealFolder, Path.GetDirectoryName(file)!).Replace('\\', '/');
                urls.Add(relative == "." ? "/" : $"/{relative}/");
            }
        }

        return urls;
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
