using System.Diagnostics;
using System.Text.Json.Nodes;
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
        var jar = EnsureChecker();

        var (exit, json) = Run("java", ["-jar", jar, "--skip-non-html", "--format", "json", "--exit-zero-always", site]);

        Assert.True(exit == 0, $"vnu could not run (exit {exit}): {json}");
        var messages = JsonNode.Parse(json)!["messages"]!.AsArray().Select(m => m!).ToList();
        string Describe(JsonNode m) => $"{m["url"]?.GetValue<string>().Replace("file:" + site, "", StringComparison.Ordinal)}:{m["lastLine"]}: {m["message"]}";
        foreach (var warning in messages.Where(m => m["type"]!.GetValue<string>() != "error"))
        {
            output.WriteLine($"{warning["type"]} {warning["subType"]}: {Describe(warning)}");
        }

        var errors = messages.Where(m => m["type"]!.GetValue<string>() == "error").Select(Describe).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Length > 250);
    }

    /// <summary>vnu-jar is pinned in package.json beside Pagefind; a fresh clone installs both with npm.</summary>
    private static string EnsureChecker()
    {
        var jar = Path.Combine(Repository.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        // The build's own install gate: the search tests may be installing or running Pagefind at this moment.
        var log = new StringWriter();
        var problem = Toolchain.NodeTools.EnsureTools(Repository.Root, log);
        Assert.True(problem is null && File.Exists(jar), $"npm install did not provide vnu.jar: {problem} {log}");

        return jar;
    }

    private static (int Exit, string Output) Run(string program, IEnumerable<string> arguments, string? directory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory ?? Repository.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        // vnu writes its JSON report on standard error.
        return (process.ExitCode, stderr.Result.Length > 0 ? stderr.Result : stdout.Result);
    }
}
