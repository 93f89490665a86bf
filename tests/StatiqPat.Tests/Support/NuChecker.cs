using System.Diagnostics;
using System.Text.Json.Nodes;

namespace StatiqPat.Tests.Support;

/// <summary>The Nu Html Checker (npm vnu-jar, run on Java) over a file or a folder of HTML files.</summary>
public static class NuChecker
{
    /// <summary>Errors and warnings, each as <c>file:line: message</c> with <paramref name="root"/> left out of the file name.</summary>
    public static (IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings) Check(string path, string root)
    {
        var java = Prerequisites.Java();
        var (exit, json) = Run(java, ["-jar", EnsureJar(), "--skip-non-html", "--format", "json", "--exit-zero-always", path]);
        Assert.True(exit == 0, $"vnu could not run (exit {exit}): {json}");
        var messages = JsonNode.Parse(json)!["messages"]!.AsArray().Select(m => m!).ToList();
        string Describe(JsonNode m) => $"{m["url"]?.GetValue<string>().Replace("file:" + root, "", StringComparison.Ordinal)}:{m["lastLine"]}: {m["message"]}";
        bool IsError(JsonNode m) => m["type"]!.GetValue<string>() == "error";
        return (messages.Where(IsError).Select(Describe).ToList(),
            messages.Where(m => !IsError(m)).Select(m => $"{m["type"]} {m["subType"]}: {Describe(m)}").ToList());
    }

    /// <summary>vnu-jar is pinned in package.json beside Pagefind; a fresh clone installs both with npm.</summary>
    private static string EnsureJar()
    {
        var jar = Path.Combine(Repository.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        // The build's own install gate: the search tests may be installing or running Pagefind at this moment.
        var log = new StringWriter();
        var problem = Toolchain.NodeTools.EnsureTestTools(Repository.Root, log);
        Assert.True(problem is null && File.Exists(jar), $"npm install did not provide vnu.jar: {problem} {log}");
        return jar;
    }

    private static (int Exit, string Output) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
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
