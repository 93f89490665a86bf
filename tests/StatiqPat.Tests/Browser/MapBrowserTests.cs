using Microsoft.Playwright;

namespace StatiqPat.Tests.Browser;

/// <summary>The map of cases as a visitor meets it in Chromium: outlines drawn from the shared file, reached and followed by keyboard.</summary>
[Collection(BrowserCollection.Name)]
[Trait(Support.Tiers.Name, Support.Tiers.Slow)]
public sealed class MapBrowserTests(BrowserSession session)
{
    [Fact]
    public async Task A_keyboard_user_tabs_to_a_departement_on_the_map_sees_it_outlined_and_follows_it_to_its_page()
    {
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(session.RealAddress + "/territoires/");

        // An outline that failed to load from the shared file draws nothing: its box would be empty.
        var drawn = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('.dept-map svg use')].map(u => u.getBBox().width)");
        Assert.True(drawn.Length > 2);
        Assert.All(drawn, width => Assert.True(width > 0, "a <use> of the map draws nothing"));

        var first = page.Locator(".dept-map svg a").First;
        var name = await first.Locator("title").TextContentAsync();
        var href = await first.GetAttributeAsync("href");
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).CountAsync());

        var reached = false;
        for (var i = 0; i < 80 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement.closest('.dept-map svg') !== null");
        }

        Assert.True(reached, "Tab never reaches a département of the map");
        Assert.Equal(href, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        var stroke = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement.querySelector('use')).strokeWidth");
        Assert.Equal("3px", stroke);

        await Task.WhenAll(page.WaitForURLAsync("**" + href), page.Keyboard.PressAsync("Enter"));
        Assert.EndsWith(href!, page.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_territory_page_draws_its_locator_map_from_the_shared_file()
    {
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(session.RealAddress + "/territoires/grand-est/");

        var widths = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.locator-map use')].map(u => u.getBBox().width)");

        // The outline of France, then each département of the région.
        Assert.True(widths.Length > 2, $"{widths.Length} outlines");
        Assert.All(widths, width => Assert.True(width > 0));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "statiqpat-locator-grand-est.png") });
        await page.CloseAsync();
    }
}
