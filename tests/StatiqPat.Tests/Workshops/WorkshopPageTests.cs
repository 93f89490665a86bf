using System.Text;
using System.Text.Json;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Workshops;

/// <summary>« Préparer un atelier » and a ready-made sequence, as built into the fixture site and parsed.</summary>
public sealed class WorkshopPageTests
{
    [Fact]
    public async Task The_workshop_page_carries_each_tool_and_suite_as_a_kit_template_and_their_durations_for_the_composer()
    {
        var result = await Build();
        var page = Html.Page(result, "atelier/index.html");

        Assert.Equal(["atelier-test", "atelier-test.suite"], page.QuerySelectorAll("template[data-kit-template]").Select(t => t.GetAttribute("data-kit-template")));
        var data = JsonDocument.Parse(page.QuerySelector("script#atelier-donnees")!.TextContent).RootElement.GetProperty("outils")[0];
        Assert.Equal(("atelier-test", 120, "Tables tournantes", "Des cartes"),
            (data.GetProperty("slug").GetString(), data.GetProperty("duree").GetInt32(), data.GetProperty("format").GetString(), data.GetProperty("materiel")[0].GetString()));
        Assert.Equal((30, "Plénière"), (data.GetProperty("suite").GetProperty("duree").GetInt32(), data.GetProperty("suite").GetProperty("format").GetString()));
        Assert.NotNull(result.File(page.QuerySelector("script[src]")!.GetAttribute("src")!.TrimStart('/')));
        Assert.True(page.QuerySelector("#composeur")!.HasAttribute("hidden"), "without JavaScript the composer stays hidden");
        Assert.Contains("demande JavaScript", page.QuerySelector("noscript")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/atelier/sequence-essai/"], page.QuerySelectorAll(".sequence-list a").Select(a => a.GetAttribute("href")));

        var tool = Html.Page(result, "outils/atelier-test/index.html");
        Assert.Equal("/atelier/?ajouter=atelier-test", tool.QuerySelector(".add-to-workshop a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_sequence_page_shows_its_timed_agenda_its_materials_and_the_kit_in_order_and_is_in_the_sitemap_and_the_open_data()
    {
        var result = await Build();
        var page = Html.Page(result, "atelier/sequence-essai/index.html");

        var rows = page.QuerySelectorAll("table.agenda tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal([("0 h 00", "2 h 00", "2 h"), ("2 h 00", "2 h 30", "30 min")], rows.Select(r => (r[0], r[1], r[4])));
        Assert.StartsWith("Suite de l'outil n° 1 : Suite d'essai", rows[1][2], StringComparison.Ordinal);
        Assert.Equal("2 h 30", page.QuerySelector("table.agenda tfoot td")!.TextContent);
        Assert.Equal(["Des cartes"], page.QuerySelectorAll("#materiel + ul li").Select(li => li.TextContent));
        Assert.Equal(["atelier-test", "atelier-test.suite"], page.QuerySelectorAll(".kit .kit-sheet").Select(s => s.GetAttribute("data-kit")));
        Assert.All(page.QuerySelectorAll(".kit .kit-sheet"), sheet => Assert.NotNull(sheet.QuerySelector(".qr svg")));
        Assert.Equal("/atelier/?outils=atelier-test,atelier-test.suite", page.QuerySelector("a[href^='/atelier/?']")!.GetAttribute("href"));

        Assert.Contains("/atelier/sequence-essai/</loc>", Encoding.UTF8.GetString(result.File("sitemap.xml")!.Content), StringComparison.Ordinal);
        var data = JsonDocument.Parse(result.File("donnees/ateliers.json")!.Content).RootElement.GetProperty("sequences")[0];
        Assert.Equal("sequence-essai", data.GetProperty("identifiant").GetString());
        Assert.True(data.GetProperty("sequence").GetProperty("etapes")[1].GetProperty("suite").GetBoolean());
    }

    private static async Task<BuildResult> Build()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }
}
