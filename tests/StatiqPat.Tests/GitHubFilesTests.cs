using StatiqPat.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Tests;

/// <summary>The pull request workflow must check every contribution without ever handing a contributor's code write access.</summary>
public sealed class GitHubFilesTests
{
    private static readonly string GitHub = Path.Combine(Repository.Root, ".github");

    [Fact]
    public void The_workflow_runs_on_pull_requests_read_only_and_checks_tests_and_builds()
    {
        var workflow = Load(Path.Combine(GitHub, "workflows", "verification.yml"));

        var triggers = (YamlMappingNode)workflow["on"];
        Assert.True(triggers.Children.ContainsKey("pull_request"));
        Assert.False(triggers.Children.ContainsKey("pull_request_target"), "pull_request_target runs fork code with write access");
        var permissions = (YamlMappingNode)workflow["permissions"];
        Assert.Equal("read", ((YamlScalarNode)permissions["contents"]).Value);
        Assert.Single(permissions.Children);

        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)workflow["jobs"])["verifier"])["steps"]).Cast<YamlMappingNode>().ToList();
        var runs = steps.Where(s => s.Children.ContainsKey("run")).Select(s => ((YamlScalarNode)s["run"]).Value!).ToList();
        Assert.Contains(runs, r => r.StartsWith("dotnet restore", StringComparison.Ordinal));
        // The launcher, as contributors run it; the checks come before the tests, the site build after them.
        Assert.Contains("./statiqpat verifier", runs);
        Assert.Contains("bash .ci/run", runs);
        Assert.Contains(runs, r => r.StartsWith("./statiqpat construire", StringComparison.Ordinal));
        Assert.True(runs.IndexOf("./statiqpat verifier") < runs.IndexOf("bash .ci/run"));
        var checkout = steps.Single(s => s.Children.TryGetValue("uses", out var uses) && ((YamlScalarNode)uses).Value!.StartsWith("actions/checkout", StringComparison.Ordinal));
        Assert.Equal("false", ((YamlScalarNode)((YamlMappingNode)checkout["with"])["persist-credentials"]).Value);
    }

    [Fact]
    public void The_pull_request_template_carries_the_review_checklist()
    {
        var template = File.ReadAllText(Path.Combine(GitHub, "pull_request_template.md"));
        var items = template.Split('\n').Where(l => l.StartsWith("- [ ] ", StringComparison.Ordinal)).ToList();

        Assert.Contains(items, i => i.Contains("**Sources**"));
        Assert.Contains(items, i => i.Contains("**Aucun fait inventé**"));
        Assert.Contains(items, i => i.Contains("**Témoignages**") && i.Contains("accepté"));
        Assert.Contains(items, i => i.Contains("**Images**") && i.Contains("droit"));
    }

    [Fact]
    public void The_issue_forms_are_valid_yaml_with_a_title_and_required_fields()
    {
        foreach (var file in new[] { "proposer-un-cas.yml", "signaler-une-erreur.yml" })
        {
            var form = Load(Path.Combine(GitHub, "ISSUE_TEMPLATE", file));
            Assert.False(string.IsNullOrWhiteSpace(((YamlScalarNode)form["name"]).Value));
            var body = ((YamlSequenceNode)form["body"]).Cast<YamlMappingNode>();
            Assert.Contains(body, item => item.Children.TryGetValue("validations", out var v)
                && ((YamlScalarNode)((YamlMappingNode)v)["required"]).Value == "true");
        }
    }

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
