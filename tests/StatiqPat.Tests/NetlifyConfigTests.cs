using System.Text.RegularExpressions;
using StatiqPat.Cli;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

public sealed partial class NetlifyConfigTests
{
    private static readonly string Config = File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml"));

    [Fact]
    public void Netlify_sends_the_same_security_headers_as_the_local_server()
    {
        var declared = HeaderLine().Matches(Config).Where(m => m.Groups["name"].Value.Contains('-')).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);

        foreach (var (name, value) in SecurityHeaders.All)
        {
            Assert.True(declared.TryGetValue(name, out var configured), $"netlify.toml does not set {name}");
            Assert.Equal(value, configured);
        }

        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy);
    }

    [Fact]
    public void Netlify_publishes_the_output_folder_and_caches_fingerprinted_assets_for_a_year()
    {
        Assert.Contains("publish = \"output\"", Config);
        Assert.Contains("for = \"/assets/*\"", Config);
        Assert.Contains("max-age=31536000, immutable", Config);
        Assert.Contains("[context.deploy-preview]", Config);
    }

    [GeneratedRegex("^\\s+(?<name>[A-Za-z-]+) = \"(?<value>[^\"]*)\"\\s*$", RegexOptions.Multiline)]
    private static partial Regex HeaderLine();
}
