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

    /// <summary>
    /// Every path Netlify serves from the fixture build: each file at its own path (a folder's index.html at the folder
    /// too), plus the entry files of the search index, which Pagefind writes after the build (not in memory).
    /// </summary>
    private static readonly Lazy<Task<(List<string> Paths, string Headers)>> Published = new(async () =>
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Fixture("site"), Cms: Cms.CmsBackend.TestRepo));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var paths = new List<string> { "/pagefind/pagefind.js", "/pagefind/pagefind-entry.json", "/pagefind/wasm.unknown.pagefind" };
        foreach (var file in result.Files)
        {
            paths.Add("/" + file.Path);
            if (file.Path == "index.html" || file.Path.EndsWith("/index.html", StringComparison.Ordinal))
            {
                paths.Add("/" + file.Path[..^"index.html".Length]);
            }
        }

        return (paths, System.Text.Encoding.UTF8.GetString(result.File("_headers")!.Content));
    });

    [Fact]
    public async Task Every_published_path_gets_exactly_one_policy_from_the_generated_headers_file_the_strict_one_except_the_form()
    {
        var (paths, headers) = await Published.Value;
        var rules = HeaderRules(headers);

        foreach (var expected in new[] { "/admin/index.html", "/images/carte.svg", "/robots.txt", "/sitemap.xml", "/_redirects", "/donnees/cas.json", "/flux/cas.xml", "/" })
        {
            Assert.Contains(expected, paths);
        }

        Assert.Contains(paths, p => p.StartsWith("/assets/", StringComparison.Ordinal));
        foreach (var path in paths)
        {
            var policies = Policies(rules, path);
            Assert.True(policies.Count == 1, $"{path} matches {policies.Count} policies");
            var form = path.StartsWith("/admin/", StringComparison.Ordinal);
            Assert.Equal(form ? SecurityHeaders.AdminContentSecurityPolicy : SecurityHeaders.ContentSecurityPolicy, policies[0]);
        }

        Assert.DoesNotContain("'unsafe-eval'", SecurityHeaders.ContentSecurityPolicy);
        Assert.DoesNotContain("'unsafe-inline'", SecurityHeaders.ContentSecurityPolicy);
    }

    /// <summary>The local server sends <see cref="SecurityHeaders.PolicyFor"/>: the browser tests see what Netlify would send.</summary>
    [Fact]
    public async Task The_local_server_policy_of_every_published_path_is_the_one_the_generated_headers_file_gives()
    {
        var (paths, headers) = await Published.Value;
        var rules = HeaderRules(headers);

        foreach (var path in paths)
        {
            Assert.Equal(Policies(rules, path).Single(), SecurityHeaders.PolicyFor(path));
        }
    }

    /// <summary>
    /// An incremental build keeps <c>_headers</c> while its key is the same: the key must follow the set of top-level
    /// folders and files, and nothing deeper, or a new part of the site would be published without a policy.
    /// </summary>
    [Fact]
    public void The_headers_file_key_changes_exactly_when_the_top_level_folders_and_files_change()
    {
        var keys = new Incremental.PageKeys(Sheets.Index([]), new Theme.Models.AssetLinks("/a.css", "/b.css", "/i.svg", "", ""), null, preview: false);
        ulong Key(params string[] published) => DataOutputs.Headers(keys, published).Key;
        var site = Key("index.html", "cas/a/index.html");

        Assert.Equal(site, Key("cas/b/index.html", "index.html", "cas/index.html"));
        Assert.NotEqual(site, Key("index.html", "cas/a/index.html", "images/carte.svg"));
        Assert.NotEqual(site, Key("index.html", "cas/a/index.html", "robots.txt"));
        Assert.NotEqual(site, Key("cas/a/index.html"));
    }

    /// <summary>The Content-Security-Policy values of every rule that applies to <paramref name="path"/>, joined as Netlify does.</summary>
    private static List<string> Policies(List<(string Path, List<(string Name, string Value)> Headers)> rules, string path) =>
        rules.Where(r => Matches(r.Path, path)).SelectMany(r => r.Headers)
            .Where(h => h.Name == "Content-Security-Policy").Select(h => h.Value).ToList();

    /// <summary>Netlify matches a rule's path exactly, or up to its trailing <c>*</c> (a splat).</summary>
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
