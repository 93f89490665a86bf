using StatiqPat.Tests.Support;
using Xunit.Abstractions;

namespace StatiqPat.Tests.RealContent;

/// <summary>The Nu Html Checker (npm vnu-jar, on Java) over the whole built knowledge base: zero errors; warnings are listed.</summary>
// Slow (Java, the whole real site) and about the content: either tag keeps it out of the fast tier.
[Trait(Tiers.Name, Tiers.Slow)]
[Trait(Tiers.Name, Tiers.Content)]
public sealed class HtmlValidityContentTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_whole_built_site_has_no_html_error()
    {
        using var folder = new TempFolder();
        var site = folder.Combine("site");
        Assert.True(await Cli.BuildCommand.RunAsync(new BuildOptions(Repository.Input), site, TextWriter.Null, TextWriter.Null));

        var (errors, warnings) = NuChecker.Check(site, site);

        foreach (var warning in warnings)
        {
            output.WriteLine(warning);
        }

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Length > 250);
    }
}
