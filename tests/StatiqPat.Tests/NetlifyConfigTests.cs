using System.Text.RegularExpressions;
using StatiqPat.Publishing;
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
    }

    /// <summary>One build command for every context: the script reads Netlify's CONTEXT and makes previews noindex, at their own address.</summary>
    [Fact]
    public void One_build_command_serves_every_context_and_previews_build_at_their_own_address()
    {
        Assert.Single(Regex.Matches(Config, @"^\s*command\s*=", RegexOptions.Multiline));
        var script = File.ReadAllText(Path.Combine(Repository.Root, "deploy", "netlify-build.sh"));
        Assert.Contains("DEPLOY_PRIME_URL", script);
        Assert.Contains("--apercu", script);
        Assert.Contains("X-Robots-Tag: noindex", script);
    }

    [Fact]
    public async Task Every_page_gets_exactly_one_policy_from_the_generated_headers_file_the_strict_one_except_the_form()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site"), Cms: Cms.CmsBackend.TestRepo));
        var rules = HeaderRules(System.Text.Encoding.UTF8.GetString(result.File("_headers")!.Content));
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => "/" + f.Path).ToList();

        Assert.Contains("/admin/index.html", pages);
        foreach (var page in pages)
        {
            // Netlify matches a rule's path exactly, or up to its trailing "*"; a directory index is served at its folder too.
            var served = page.EndsWith("/index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page;
            var policies = rules.Where(r => Matches(r.Path, served)).SelectMany(r => r.Headers)
                .Where(h => h.Name == "Content-Security-Policy").Select(h => h.Value).ToList();
            Assert.True(policies.Count == 1, $"{served} matches {policies.Count} policies");
            Assert.Equal(SecurityHeaders.PolicyFor(served), policies[0]);
        }

        Assert.Equal(SecurityHeaders.AdminContentSecurityPolicy, SecurityHeaders.PolicyFor("/admin/"));
        Assert.DoesNotContain("'unsafe-eval'", SecurityHeaders.ContentSecurityPolicy);
        Assert.DoesNotContain("'unsafe-inline'", SecurityHeaders.ContentSecurityPolicy);
    }

    private static bool Matches(string rule, string path) =>
        rule.EndsWith('*') ? path.StartsWith(rule[..^1], StringComparison.Ordinal) : rule == path;

    private static List<(string Path, List<(string Name, string Value)> Headers)> HeaderRules(string text)
    {
        var rules = new List<(string Path, List<(string Name, string Value)> Headers)>();
        foreach (var line in text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            if (!char.IsWhiteSpace(line[0]))
            {
                rules.Add((line.Trim(), []));
                continue;
            }

            var colon = line.IndexOf(':');
            rules[^1].Headers.Add((line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }

        return rules;
    }

    [GeneratedRegex("^\\s+(?<name>[A-Za-z-]+) = \"(?<value>[^\"]*)\"\\s*$", RegexOptions.Multiline)]
    private static partial Regex HeaderLine();
}
