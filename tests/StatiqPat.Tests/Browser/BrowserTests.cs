using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StatiqPat.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class BrowserTests(BrowserSession session)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

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

    [Theory]
    [InlineData("/")]
    [InlineData("/cas/")]
    [InlineData("/cas/action-fonciere-bouches-du-rhone/")]
    [InlineData("/cas/fictif-regie-maraichere-epinal-deodatie/")]
    [InlineData("/outils/")]
    [InlineData("/outils/test-de-resilience-alimentaire/")]
    [InlineData("/territoires/")]
    [InlineData("/territoires/epinal/")]
    [InlineData("/cooperation-inter-pat/")]
    [InlineData("/glossaire/")]
    [InlineData("/explorer/")]
    [InlineData("/donnees/")]
    [InlineData("/recherche/?q=epinal")]
    [InlineData("/typologie/")]
    [InlineData("/fonctions/eduquer/")]
    [InlineData("/departements/")]
    [InlineData("/matrices/types-degres/")]
    [InlineData("/matrices/niveaux/")]
    [InlineData("/matrices/territoires/")]
    [InlineData("/matrices/fonctions-niveaux/")]
    [InlineData("/matrices/carto/departement-vosges/")]
    public async Task Every_page_kind_of_the_knowledge_base_passes_axe_and_fits_desktop_and_phone_widths(string path)
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

            var response = await page.GotoAsync(session.RealAddress + path);

            Assert.Equal(200, response?.Status);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a {width}px window");
            await AssertNoViolations(page, $"{path} at {width}px");
            Assert.Empty(problems);
            await context.CloseAsync();
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
    public async Task The_accessibility_check_does_catch_a_known_violation()
    {
        // Guards the guard: an axe setup that silently checks nothing would make every test above pass.
        var page = await session.Browser.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head><body><main><img src=\"x.png\"></main></body></html>");

        var result = await page.RunAxe(Wcag21AA);

        Assert.Contains(result.Violations, v => v.Id == "image-alt");
        await page.CloseAsync();
    }

    private static async Task AssertNoViolations(IPage page, string what)
    {
        var result = await page.RunAxe(Wcag21AA);
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} → {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
        Assert.True(result.Violations.Length == 0, $"axe-core found violations on the {what} page:\n{report}");
    }
}
