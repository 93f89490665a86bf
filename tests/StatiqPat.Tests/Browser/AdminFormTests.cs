using System.Text.Json;
using Microsoft.Playwright;
using StatiqPat.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace StatiqPat.Tests.Browser;

/// <summary>
/// The web form as a contributor uses it: Decap CMS at <c>/admin/</c> on Decap's in-memory test backend (no network),
/// a new case filled field by field, saved as a draft (what becomes a pull request), and the Markdown it wrote
/// must pass <c>check</c> and appear in the site. All of it under the policy the server sends for <c>/admin/</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(Support.Tiers.Name, Support.Tiers.Slow)]
public sealed class AdminFormTests(BrowserSession session, ITestOutputHelper output)
{
    [Fact]
    public async Task A_case_filled_in_the_form_passes_check_and_appears_in_the_site()
    {
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var violations = new List<string>();
        var foreign = new List<string>();
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"[{message.Type}] {message.Text}");
        page.PageError += (_, error) => console.Add($"[pageerror] {error}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(session.FormAddress, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)
                && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };

        // Decap confirms some actions with window.confirm; Playwright would dismiss them.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.ExposeFunctionAsync("reportViolation", (string violation) => violations.Add(violation));
        await page.AddInitScriptAsync(SeedScript());

        try
        {
            await page.GotoAsync(session.FormAddress + "/admin/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Cas inspirants" }).First.ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("#/collections/cas$"));
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Cas$") }).Filter(new() { HasText = "＋" }).ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("#/collections/cas/new$"));

            await Label(page, "Titre").FillAsync("Achats groupés de deux communes fictives");
            await Label(page, "Contexte").FillAsync("Deux communes fictives veulent acheter ensemble pour leurs cantines.");
            await Choose(page, "Statut", "Projet fictif");
            await Choose(page, "Territoires (optionnel)", "Commune A");
            await Choose(page, "Fonctions (optionnel)", "Manger");
            await Choose(page, "Fonctions (optionnel)", "Cultiver");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter acteur" }).ClickAsync();
            await Label(page, "Nom").FillAsync("Commune A (fictive)");
            await Choose(page, "Niveau", "Commune");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter source" }).ClickAsync();
            // The source is chosen in the registry (input/sources.yml), listed by its reference.
            await Choose(page, "Source (optionnel)", "Document d'essai, 2026");
            await Label(page, "Ajouté le").FillAsync("2026-12-01");
            await TypeBody(page, ["## Ce qui se passe", "", "Un exemple **fictif**, rempli dans le formulaire."], "rempli dans le formulaire");

            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("#/collections/cas/entries/"));
            await SaveAgainIfShownUnsaved(page);
        }
        catch (Exception)
        {
            var shot = Path.Combine(Path.GetTempPath(), "statiqpat-admin-form-failure.png");
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            output.WriteLine($"screenshot: {shot}");
            output.WriteLine(string.Join("\n", console));
            throw;
        }

        var slug = Uri.UnescapeDataString(page.Url.Split("/entries/")[1]);
        var markdown = await page.EvaluateAsync<string>("slug => window.repoFilesUnpublished[`cas/${slug}`].diffs[0].content", slug);
        output.WriteLine(markdown);
        await page.CloseAsync();

        Assert.Equal("achats-groupes-de-deux-communes-fictives", slug);
        Assert.Empty(violations);
        Assert.Empty(foreign);

        using var copy = new TempFolder();
        var input = copy.CopyIn(Repository.Fixture("site"), "input");
        await File.WriteAllTextAsync(Path.Combine(input, "cas", slug + ".md"), markdown);
        Assert.Empty(SiteBuilder.Check(new BuildOptions(input)));
        var site = await SiteBuilder.BuildAsync(new BuildOptions(input));
        var sheet = Html.Page(site, $"cas/{slug}/index.html");
        Assert.Equal("Achats groupés de deux communes fictives", sheet.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(Html.Links(Html.Page(site, "territoires/commune-a/index.html")), href => href == $"/cas/{slug}/");
    }

    private static ILocator Label(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    /// <summary>Selects and relations are react-select menus: open, pick the option by its name, close.</summary>
    private static async Task Choose(IPage page, string label, string option)
    {
        var combo = page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });
        await combo.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await combo.PressAsync("Escape");
    }

    /// <summary>
    /// The body is a Slate editor, even in raw Markdown mode: it is typed into, line by line. It is done once the
    /// preview pane shows <paramref name="previewed"/>, words of the last line.
    /// </summary>
    private static async Task TypeBody(IPage page, IReadOnlyList<string> lines, string previewed)
    {
        var field = page.GetByLabel("markdown field");
        await field.GetByRole(AriaRole.Switch).ClickAsync();
        await field.Locator("[data-slate-editor=\"true\"]").ClickAsync();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                await page.Keyboard.PressAsync("Enter");
            }

            if (lines[i].Length > 0)
            {
                await page.Keyboard.TypeAsync(lines[i]);
            }
        }

        // The widget reports its value to the entry after a short pause in typing; the preview pane draws the entry.
        await Expect(page.Locator("iframe").Last.ContentFrame.GetByText(previewed)).ToBeVisibleAsync();
    }

    /// <summary>
    /// Decap 3.16 shows a freshly saved entry with a relation as "unsaved" once it reloads it (its issues #725 and
    /// #2743); saving again settles it. The draft is then what the GitHub backend would open as a pull request.
    /// </summary>
    private static async Task SaveAgainIfShownUnsaved(IPage page)
    {
        await page.WaitForFunctionAsync("() => Object.keys(window.repoFilesUnpublished || {}).length > 0");
        await page.WaitForTimeoutAsync(1500);
        var state = page.GetByText(new System.Text.RegularExpressions.Regex("^Modifications (non )?enregistrées$", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        if ((await state.InnerTextAsync()).Contains("non", StringComparison.OrdinalIgnoreCase))
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        }

        await page.GetByText(new System.Text.RegularExpressions.Regex("^Modifications enregistrées$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)).WaitForAsync();
    }

    /// <summary>
    /// Runs before Decap: reports policy violations, and gives the test backend the fixture's real territory and tool
    /// files so the relation widgets have sheets to offer. The backend lists a folder under its whole path as one key
    /// but opens files through nested keys, so both point to the same objects.
    /// </summary>
    private static string SeedScript()
    {
        var territories = Files("territoires");
        var tools = Files("outils");
        return $$"""
            document.addEventListener('securitypolicyviolation', e => window.reportViolation(`${e.effectiveDirective} ${e.blockedURI}`));
            const territoires = {{territories}};
            const outils = {{tools}};
            const cas = {};
            window.repoFiles = { input: { cas, outils, territoires }, 'input/cas': cas, 'input/outils': outils, 'input/territoires': territoires };
            """;
    }

    private static string Files(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(Repository.Fixture("site"), folder), "*.md")
            .Order(StringComparer.Ordinal)
            .ToDictionary(file => Path.GetFileName(file), file => new { path = $"input/{folder}/{Path.GetFileName(file)}", content = File.ReadAllText(file) });
        return JsonSerializer.Serialize(files);
    }
}
