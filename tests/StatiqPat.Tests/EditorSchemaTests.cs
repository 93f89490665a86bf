using System.Diagnostics;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>
/// The editor check CONTRIBUTING.md describes (remark and its schema rule, over the committed schemas, as VS Code runs
/// it): the real content passes, and a contributor's usual slips are flagged at their line.
/// </summary>
[Trait(Tiers.Name, Tiers.Slow)]
public sealed class EditorSchemaTests
{
    [Fact]
    [Trait(Tiers.Name, Tiers.Content)]
    public void The_real_content_passes_the_editor_check()
    {
        var (exit, output) = Remark(Repository.Root);

        Assert.True(exit == 0, output);
    }

    [Fact]
    public void An_unknown_key_and_a_value_outside_the_vocabulary_are_flagged_at_their_lines()
    {
        using var copy = new TempFolder();
        copy.CopyIn(Repository.Input, "input");
        File.Copy(Path.Combine(Repository.Root, ".remarkrc.mjs"), copy.Combine(".remarkrc.mjs"));
        // The configuration imports its packages from beside itself.
        Directory.CreateSymbolicLink(copy.Combine("node_modules"), Path.Combine(Repository.Root, "node_modules"));
        var sheet = copy.Combine("input", "cas", "pat06-groupe-de-travail.md");
        var lines = File.ReadAllLines(sheet);
        var status = Array.FindIndex(lines, l => l.StartsWith("statut: ", StringComparison.Ordinal));
        lines[status] = "statut: reelle";
        lines[1] = "titr" + lines[1][lines[1].IndexOf(':')..];
        File.WriteAllLines(sheet, lines);

        var (exit, output) = Remark(copy.Path);

        Assert.NotEqual(0, exit);
        Assert.Contains("input/cas/pat06-groupe-de-travail.md", output);
        var warnings = Warnings(output);
        Assert.Contains(("2:1-2:5", "Unknown key `titr`: the schema does not allow it"), warnings);
        Assert.Contains(($"{status + 1}:9-{status + 1}:15", "`reelle` is not an allowed value: `reel`, `fictif`"), warnings);
    }

    /// <summary>remark's report: one "place  warning message • schema • path  rule" line per problem.</summary>
    private static List<(string Place, string Message)> Warnings(string output) =>
        output.Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^(\d+:\d+(?:-\d+:\d+)?)\s+warning\s+(.+?) • "))
            .Where(match => match.Success)
            .Select(match => (match.Groups[1].Value, match.Groups[2].Value))
            .ToList();

    private static (int Exit, string Output) Remark(string folder)
    {
        var log = new StringWriter();
        Assert.True(Toolchain.NodeTools.EnsureTestTools(Repository.Root, log) is null, log.ToString());
        var start = new ProcessStartInfo(Path.Combine(Repository.Root, "node_modules", ".bin", "remark"))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "input", "--quiet", "--frail", "--no-stdout", "--no-color" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stderr.Result + stdout.Result);
    }
}
