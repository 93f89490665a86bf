using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StatiqPat.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait(Support.Tiers.Name, Support.Tiers.Slow)]
public sealed class BrowserTests(BrowserSession session)
{
    [Fact]
    public async Task A_visitor_opens_the_home_page_follows_a_case_link_and_meets_no_accessibility_violation()
    {
        var page = await session.Browser.NewPageAsync();
        var requests = new List<string>();
        var problems = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.RequestFailed += (_, request) => problems.Add($"failed: {request.Url}");

        var home = await page.GotoAsync(session.Address + "/");
        Assert.Equal(200, home?.Status);
        await AssertNoViolations(page, "home");

        // Wait for the navigation the click starts, not for a later state that a loaded machine may reach late.
        await Task.WhenAll(
            page.WaitForURLAsync("**/cas/cas-reel/", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded }),
            page.Locator("main a[href='/cas/cas-reel/']").First.ClickAsync());
        Assert.Equal("Un cas réel d'essai", await page.Locator("h1").TextContentAsync());
        await AssertNoViolations(page, "case");

        Assert.Empty(problems);
        Assert.All(requests, url => Assert.StartsWith(session.Address + "/", url));
        await page.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_address_gets_the_french_404_page_with_status_404()
    {
        var page = await session.Browser.NewPageAsync();

        var response = await page.GotoAsync(session.Address + "/cas/inexistant/");

        Assert.Equal(404, response?.Status);
        Assert.Equal("Page introuvable", await page.Locator("h1").TextContentAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_case_page_fits_a_phone_screen_without_horizontal_scrolling()
    {
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(session.Address + "/cas/cas-reel/");

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 375px screen");
        await AssertNoViolations(page, "case on a phone");
        await context.CloseAsync();
    }

    /// <summary>One page of every kind the site generates, the typologies and matrices included, plus an unknown address.</summary>
    public static TheoryData<string, int> PageKinds()
    {
        var data = new TheoryData<string, int>();
        string[] fixedPaths =
        [
            "/", "/cas/", "/cas/action-fonciere-bouches-du-rhone/", "/cas/fictif-regie-maraichere-epinal-deodatie/", "/outils/",
            "/outils/test-de-resilience-alimentaire/", "/territoires/", "/territoires/epinal/", "/territoires/grand-est/", "/cooperation-inter-pat/", "/glossaire/",
            "/a-propos/", "/explorer/", "/donnees/", "/recherche/?q=epinal", "/matrices/", "/matrices/carto/",
            "/matrices/carto/departement-vosges/", "/matrices/types-degres/", "/matrices/types-degres/poupees-russes--copilotage/",
            "/matrices/niveaux/", "/matrices/territoires/", "/matrices/fonctions-niveaux/", "/atelier/",
            "/atelier/?outils=recit-du-territoire,pause-15,carto-collective~test-de-resilience-alimentaire,carto-collective.suite&debut=09:30",
            "/atelier/journee-atelier-territorial-coop-interpat/", "/sources/",
        ];
        foreach (var path in fixedPaths)
        {
            data.Add(path, 200);
        }

        var content = new Loading.InputLoader(new Content.InputPaths(Support.Repository.Input), Loading.Markdown.MarkdownPipelineFactory.Create(), new Diagnostics.DiagnosticBag()).Load();
        var index = new Indexing.SiteIndex(content);
        foreach (var dimension in Indexing.Dimensions.All)
        {
            data.Add(Routing.Urls.Dimension(dimension.Key), 200);
            data.Add(Routing.Urls.DimensionValue(dimension.Key, dimension.Terms(index).Terms[0].Slug), 200);
        }

        data.Add("/cette-adresse-n-existe-pas/", 404);
        return data;
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Every_page_kind_of_the_knowledge_base_passes_axe_fits_desktop_and_phone_widths_and_shows_keyboard_focus(string path, int status)
    {
        foreach (var width in new[] { 1280, 375 })
        {
            var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    problems.Add(message.Text);
                }
            };
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(session.RealAddress + "/", StringComparison.Ordinal))
                {
                    problems.Add($"request to another host: {request.Url}");
                }
            };
            page.RequestFailed += (_, request) => problems.Add($"failed request: {request.Url}");

            var response = await page.GotoAsync(session.RealAddress + path);

            Assert.Equal(status, response?.Status);
            await AssertFocusIsVisible(page, path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a {width}px window");
            await AssertNoViolations(page, $"{path} at {width}px");
            // The only console error allowed is the browser's own report of the 404 status the test asked for.
            Assert.DoesNotContain(problems, p => status != 404 || !p.Contains("404", StringComparison.Ordinal));
            await context.CloseAsync();
        }
    }

    /// <summary>Tabbing from the top reaches the skip link then the site name: both must draw a visible outline.</summary>
    private static async Task AssertFocusIsVisible(IPage page, string path)
    {
        for (var i = 0; i < 2; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var outline = await page.EvaluateAsync<string>(
                "() => { const s = getComputedStyle(document.activeElement); return `${document.activeElement.tagName} ${s.outlineStyle} ${s.outlineWidth}`; }");
            var parts = outline.Split(' ');
            Assert.True(parts[0] == "A" && parts[1] != "none" && double.Parse(parts[2].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 2,
                $"{path}: focus after {i + 1} Tab is not visibly outlined ({outline})");
        }
    }

    [Fact]
    public async Task A_tool_sheet_printed_on_a4_hides_navigation_shows_its_qr_code_and_fits_the_page_width()
    {
        // 794 × 1123 CSS pixels is an A4 sheet at 96 dpi.
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 794, Height = 1123 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(session.RealAddress + "/outils/carto-collective/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        var qr = page.Locator(".sheet-header .qr svg");
        Assert.True(await qr.IsVisibleAsync());
        var box = await qr.BoundingBoxAsync();
        Assert.InRange(box!.Width, 80, 160);
        Assert.Equal("https://cooperations-interpat.netlify.app/outils/carto-collective/", await page.Locator(".qr-caption").TextContentAsync());
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the printed sheet is {overflow}px wider than A4");
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(pdf.Length > 10_000, $"PDF of {pdf.Length} bytes");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "statiqpat-print-tool-sheet.png") });
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_collective_map_prints_as_an_a3_landscape_poster_with_the_whole_map_on_its_first_sheet()
    {
        // 1512 × 1047 CSS pixels is an A3 landscape sheet less its 10 mm margins, at 96 dpi.
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1512, Height = 1047 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(session.RealAddress + "/matrices/carto/provence-alpes-cote-d-azur/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var map = await page.Locator(".carto-page .matrix").First.BoundingBoxAsync();
        Assert.True(map!.Y + map.Height <= 1047, $"the map ends at {map.Y + map.Height}px, past the first A3 sheet");
        Assert.True(await page.Locator(".carto-page li.observed").CountAsync() > 0);

        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true }));
        var sheets = System.Text.RegularExpressions.Regex.Matches(pdf, @"/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]").Select(m => (Width: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Height: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(sheets);
        // A3 is 297 × 420 mm, 841.9 × 1190.6 points; landscape, every sheet.
        Assert.All(sheets, s => { Assert.InRange(s.Width, 1188, 1194); Assert.InRange(s.Height, 839, 845); });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "statiqpat-print-collective-map.png") });
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_accessibility_check_does_catch_a_known_violation()
    {
        // Guards the guard: an axe setup that silently checks nothing would make every test above pass.
        var page = await session.Browser.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head><body><main><img src=\"x.png\"></main></body></html>");

        var result = await page.RunAxe(Accessibility.Wcag21AA);

        Assert.Contains(result.Violations, v => v.Id == "image-alt");
        await page.CloseAsync();
    }

    private static Task AssertNoViolations(IPage page, string what) => Accessibility.AssertNoViolations(page, what);
}
