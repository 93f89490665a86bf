using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>The content shipped in <c>input/</c> must always build cleanly.</summary>
public sealed class RealContentTests
{
    [Fact]
    public async Task The_knowledge_base_in_input_builds_without_any_error()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Repository.Input));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Files, f => f.Path == "index.html");
        Assert.Contains(result.Files, f => f.Path.StartsWith("cas/", StringComparison.Ordinal) && f.Path != "cas/index.html");
        Assert.Contains(result.Files, f => f.Path.StartsWith("outils/", StringComparison.Ordinal) && f.Path != "outils/index.html");
        Assert.Contains(result.Files, f => f.Path.StartsWith("territoires/", StringComparison.Ordinal) && f.Path != "territoires/index.html");
    }
}
