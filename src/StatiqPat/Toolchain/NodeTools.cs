using System.Diagnostics;

namespace StatiqPat.Toolchain;

/// <summary>
/// The Node tools pinned in the repository's <c>package.json</c> (Pagefind for search, Decap CMS for the web form,
/// and the checkers the tests use): where they are, and installing them once, behind one gate, when any is missing.
/// </summary>
public static class NodeTools
{
    // Two builds started together (tests, or a build beside a serve) must not run npm in one folder at once.
    private static readonly Lock InstallGate = new();

    /// <summary>
    /// Installs the Node tools of <paramref name="tools"/>/package.json (Pagefind, Decap CMS, and the checkers the tests
    /// use) when they are missing; returns an error message or null. Every caller in the process goes through
    /// the same gate: an install that rewrites node_modules/ while another caller runs a tool from it breaks both.
    /// </summary>
    public static string? EnsureTools(string tools, TextWriter log)
    {
        lock (InstallGate)
        {
            var pagefind = PagefindOf(tools);
            return File.Exists(pagefind) && AllInstalled(tools) ? null : Install(tools, pagefind, log);
        }
    }

    /// <summary>Whether every package pinned in package.json is in node_modules (a clone made before one was added has not).</summary>
    private static bool AllInstalled(string tools)
    {
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(tools, "package.json")));
        return manifest?["devDependencies"]?.AsObject()
            .All(dependency => File.Exists(Path.Combine(tools, "node_modules", dependency.Key, "package.json"))) ?? true;
    }

    public static string PagefindOf(string tools) =>
        Path.Combine(tools, "node_modules", ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind");

    /// <summary>
    /// "npm install" rather than "npm ci": it follows the lock file too, but does not fail when the lock lacks
    /// entries for other platforms' optional Pagefind binaries (some npm setups leave them out).
    /// </summary>
    private static string? Install(string tools, string pagefind, TextWriter log)
    {
        log.WriteLine("Installation des outils Node : Pagefind, Decap CMS, contours des départements (npm install)…");
        var install = Run("npm", ["install", "--no-audit", "--no-fund"], tools);
        if (install is null)
        {
            return "Node.js et npm sont nécessaires pour construire l'index de recherche : installez-les (Node 20 ou plus récent), ou ajoutez --sans-recherche";
        }

        return install.Value.ExitCode != 0 || !File.Exists(pagefind)
            ? $"l'installation de Pagefind par npm a échoué : {Last(install.Value.Output)}"
            : null;
    }

    /// <summary>Decap CMS's built files (npm <c>decap-cms</c>, pinned beside Pagefind), or null when it is not installed.</summary>
    public static string? DecapDist(string tools) =>
        Path.Combine(tools, "node_modules", "decap-cms", "dist") is var dist && File.Exists(Path.Combine(dist, "decap-cms.js"))
            ? dist
            : null;

    /// <summary>
    /// The folder whose package.json pins Pagefind: searched upwards from the input folder, then from the generator
    /// itself, so content kept outside the repository (a test's temporary copy) still finds the repository's tools.
    /// </summary>
    public static string? FindToolsFolder(string inputFolder) =>
        ToolsAbove(Path.GetFullPath(inputFolder)) ?? ToolsAbove(AppContext.BaseDirectory);

    private static string? ToolsAbove(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var manifest = Path.Combine(folder.FullName, "package.json");
            if (File.Exists(manifest) && File.ReadAllText(manifest).Contains("\"pagefind\"", StringComparison.Ordinal))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>Runs a program and returns its exit code and combined output, or null when it cannot be started.</summary>
    internal static (int ExitCode, string Output)? Run(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + errors.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    internal static string Last(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "aucun message";
}
