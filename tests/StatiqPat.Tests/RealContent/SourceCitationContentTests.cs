using System.Text;
using System.Text.RegularExpressions;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.RealContent;

/// <summary>Readers see references they can cite, never the file names the editors read the sources from.</summary>
[Trait(Tiers.Name, Tiers.Content)]
public sealed partial class SourceCitationContentTests
{
    [Fact]
    public async Task No_built_page_shows_a_seed_file_name_and_every_sheet_cites_registered_documents_listed_on_the_sources_page()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Input));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(pages, f => SeedFile().IsMatch(Encoding.UTF8.GetString(f.Content)));

        var registry = Html.Page(result, "sources/index.html");
        var entries = registry.QuerySelectorAll("section.source-entry").ToDictionary(s => s.Id!, StringComparer.Ordinal);
        Assert.Equal(5, entries.Count);
        var citations = 0;
        foreach (var page in pages.Where(p => p.Path.StartsWith("cas/", StringComparison.Ordinal) && !p.Path.Contains("/page/", StringComparison.Ordinal)))
        {
            var document = Html.Page(result, page.Path);
            if (Html.IsRedirect(document))
            {
                continue;
            }

            foreach (var link in document.QuerySelectorAll(".sheet-footer li a[href^='/sources/#']"))
            {
                citations++;
                var entry = entries[link.GetAttribute("href")!["/sources/#".Length..]];
                Assert.Contains(entry.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/" + page.Path[..^"index.html".Length]);
            }
        }

        Assert.True(citations >= 20, $"{citations} citations on case sheets");
    }

    /// <summary>
    /// « La source ne dit pas… » in a benefit field is an absence dressed as a benefit: the officer comparing
    /// benefits across cases must see « non renseigné » there, the same as on every other empty field.
    /// </summary>
    [Fact]
    public async Task A_case_benefit_is_a_benefit_the_source_reports_or_shown_as_not_provided()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Input));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var benefits = result.Files
            .Where(f => f.Path.StartsWith("cas/", StringComparison.Ordinal) && f.Path.Count(c => c == '/') == 2 && f.Path.EndsWith("/index.html", StringComparison.Ordinal))
            .Select(f => Html.Page(result, f.Path))
            .Where(page => !Html.IsRedirect(page))
            .SelectMany(page => page.QuerySelectorAll("dt").Where(dt => dt.TextContent == "Bénéfice").Select(dt => dt.NextElementSibling!))
            .ToList();

        Assert.True(benefits.Count >= 20, $"{benefits.Count} benefits read");
        Assert.Contains(benefits, dd => dd.QuerySelector(".not-provided") is not null);
        Assert.DoesNotContain(benefits, dd => NoBenefit().IsMatch(dd.TextContent));
    }

    [GeneratedRegex(@"^\s*(La|Les) sources? ne\b|\bne (décrit|dit|précise) (pas|ni)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoBenefit();

    [GeneratedRegex(@"\d{3}_[0-9a-f]{16}\.txt")]
    private static partial Regex SeedFile();
}
