using System.Text;
using System.Xml.Linq;
using AngleSharp.Dom;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Maps;

/// <summary>The maps as built into the fixture site's pages (with the committed outlines of Grand Est): links, names, shading, and the outlines they draw.</summary>
public sealed class TerritoryMapPageTests
{
    [Fact]
    public async Task Each_drawn_departement_links_to_a_built_page_is_named_with_its_count_and_draws_an_outline_of_the_shared_file()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")), Machine.WithMap);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        foreach (var path in new[] { "territoires/index.html", "index.html" })
        {
            var page = Html.Page(result, path);
            var map = page.QuerySelector(".dept-map svg")!;
            var areas = map.QuerySelectorAll("a").ToList();
            Assert.NotEmpty(areas);
            var ids = OutlineIds(result, map.QuerySelector("use.map-base")!.GetAttribute("href")!);
            foreach (var area in areas)
            {
                var href = area.GetAttribute("href")!;
                Assert.NotNull(result.File(href.TrimStart('/') + "index.html"));
                var title = area.QuerySelector("title")!.TextContent;
                var count = int.Parse(title.Split(" : ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Contains(page.QuerySelectorAll(".map-list li li"), li => li.TextContent == title && li.QuerySelector("a")!.GetAttribute("href") == href);
                var use = area.QuerySelector("use")!;
                Assert.Contains(use.GetAttribute("href")!.Split('#')[1], ids);
                Assert.Equal($"map-shade-{StepOf(count, areas)}", use.GetAttribute("class"));
            }

            Assert.Equal(page.QuerySelector("figcaption")!.Id, map.GetAttribute("aria-labelledby"));
            Assert.Equal("aucun cas", page.QuerySelectorAll(".map-legend li").First().TextContent.Trim());
        }

        // The fixture's two territories lie in the Vosges, which has no profile of its own: the shape links to its cases.
        // Two cases name them; the fictitious one is not counted.
        var vosges = Html.Page(result, "territoires/index.html").QuerySelector(".dept-map svg a")!;
        Assert.Equal(("/departements/vosges/", "Vosges : 1 cas"), (vosges.GetAttribute("href"), vosges.QuerySelector("title")!.TextContent));
    }

    [Fact]
    public async Task A_territory_page_places_its_departement_on_a_small_map_named_in_words()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site")), Machine.WithMap);

        var locator = Html.Page(result, "territoires/commune-a/index.html").QuerySelector("figure.locator-map svg")!;

        Assert.Equal(("img", "Carte de localisation : département Vosges mis en évidence"), (locator.GetAttribute("role"), locator.GetAttribute("aria-label")));
        var here = locator.QuerySelectorAll("use.map-here").Select(u => u.GetAttribute("href")!).ToList();
        Assert.Equal("d-88", Assert.Single(here).Split('#')[1]);
        Assert.Contains("d-88", OutlineIds(result, here[0]));
    }

    private static int StepOf(int count, IReadOnlyList<IElement> areas)
    {
        var largest = areas.Max(a => int.Parse(a.QuerySelector("title")!.TextContent.Split(" : ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        return Pages.Matrices.MatrixShading.Step(count, largest);
    }

    /// <summary>The ids of the elements the shared file draws, read from the built file a page refers to.</summary>
    private static HashSet<string> OutlineIds(BuildResult result, string href)
    {
        var file = result.File(href.Split('#')[0].TrimStart('/')) ?? throw new Xunit.Sdk.XunitException($"{href} is not in the build");
        return XDocument.Parse(Encoding.UTF8.GetString(file.Content)).Descendants()
            .Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }
}
