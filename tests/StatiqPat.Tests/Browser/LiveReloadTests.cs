using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StatiqPat.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace StatiqPat.Tests.Browser;

/// <summary><c>servir</c> as a contributor uses it: a page open in the browser while its input is edited, broken and fixed.</summary>
[Trait(Tiers.Name, Tiers.Slow)]
public sealed class LiveReloadTests
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_edited_case_reloads_its_page_and_a_broken_one_shows_a_banner_until_it_is_fixed()
    {
        await using var live = await LiveSiteSession.StartAsync("/cas/cas-reel/");
        var page = live.Page;

        live.Edit("cas/cas-reel.md", "titre: Un cas réel d'essai", "titre: Un cas réel renommé");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Un cas réel renommé", Soon);
        Assert.Matches(@"reconstruction : \d+ pages? réécrites? en \d+ ms", live.Console);
        await live.ConnectedAsync();

        live.Edit("cas/cas-reel.md", "---\ntitre:", "titre:");
        var banner = page.Locator("[role=alert]");
        await Expect(banner).ToContainTextAsync("input/cas/cas-reel.md:1:1: error PAT002", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await Expect(page.Locator("#statiqpat-problemes-titre")).ToBeFocusedAsync();
        await Expect(banner.Locator("a[href='/cas/cas-reel/']")).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0,
            "the banner makes the page wider than a 375px screen");
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await live.ConnectedAsync();

        live.Edit("cas/cas-reel.md", "titre:", "---\ntitre:");
        await Expect(banner).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await Expect(page.Locator("h1")).ToHaveTextAsync("Un cas réel renommé", Soon);

        // A Content-Security-Policy refusal would show here: the script and stylesheet must come from the site itself.
        Assert.Empty(live.Problems);
    }

    [Fact]
    public async Task A_page_not_found_reloads_into_the_case_once_its_sheet_is_saved()
    {
        await using var live = await LiveSiteSession.StartAsync("/cas/cas-ajoute/");
        var page = live.Page;
        await Expect(page.Locator("h1")).ToHaveTextAsync("Page introuvable", Soon);

        var model = File.ReadAllText(Path.Combine(live.Input, "cas", "cas-reel.md")).ReplaceLineEndings("\n");
        var sheet = model.Replace("titre: Un cas réel d'essai", "titre: Un cas ajouté pendant servir", StringComparison.Ordinal)
            .Replace("anciennes_adresses:\n  - /cas/ancien-essai/\n", "", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(live.Input, "cas", "cas-ajoute.md"), sheet);

        await Expect(page.Locator("h1")).ToHaveTextAsync("Un cas ajouté pendant servir", Soon);

        // The browser logs the first answer's status 404, which is the point; anything else would be a problem.
        Assert.DoesNotContain(live.Problems, p => !p.StartsWith("Failed to load resource: the server responded with a status of 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_vocabulary_colour_swaps_the_stylesheet_without_reloading_the_page()
    {
        await using var live = await LiveSiteSession.StartAsync("/cas/cas-reel/");
        var page = live.Page;
        var before = await page.EvaluateAsync<string>("document.querySelector('link[href^=\"/assets/vocabulaire.\"]').getAttribute('href')");
        await page.EvaluateAsync("window.statiqpatNotReloaded = true");

        live.Edit("vocabulaire.yml", "couleur: \"#7b3f98\"", "couleur: \"#6a2f88\"");

        await page.WaitForFunctionAsync("old => !document.querySelector(`link[href=\"${old}\"]`)", before,
            new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.True(await page.EvaluateAsync<bool>("window.statiqpatNotReloaded === true"), "the page reloaded");
        Assert.Equal(1, await page.Locator("link[href^='/assets/vocabulaire.']").CountAsync());
        Assert.Empty(live.Problems);
    }
}
