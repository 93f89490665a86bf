using System.Diagnostics;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>
/// The <c>statiqpat</c> launcher at the repository root, run with bash from a subfolder of the clone as a contributor
/// would: the default input is the clone's <c>input/</c>, while a folder given on the command line is read from
/// the current folder. The launcher may build the generator first, when its sources are newer than the program.
/// </summary>
[Trait(Tiers.Name, Tiers.Slow)]
public sealed class LauncherTests
{
    private const string Success = "Aucune erreur : les contenus sont valides.";

    private static readonly string Subfolder = Path.Combine(Repository.Root, "input", "cas");

    [Fact]
    public void From_a_subfolder_a_relative_input_folder_is_read_from_that_subfolder()
    {
        // Read from the clone's root instead, this path would leave the clone and the check would fail (PAT090).
        var fixture = Path.GetRelativePath(Subfolder, Repository.Fixture("site"));

        var (exit, output, errors) = RunLauncher("verifier", "--entree", fixture);

        Assert.True(exit == 0, $"exit {exit}\n{output}\n{errors}");
        Assert.Contains(Success, output);
    }

    [Fact]
    [Trait(Tiers.Name, Tiers.Content)]
    public void From_a_subfolder_the_default_input_is_the_clones_input()
    {
        var (exit, output, errors) = RunLauncher("verifier");

        Assert.True(exit == 0, $"exit {exit}\n{output}\n{errors}");
        Assert.Contains(Success, output);
    }

    private static (int Exit, string Output, string Errors) RunLauncher(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Subfolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "statiqpat"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The launcher must find the clone by itself, not inherit it from whoever runs the tests.
        start.Environment.Remove("STATIQPAT_RACINE");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }
}
