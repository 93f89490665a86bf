using System.Diagnostics;

namespace StatiqPat.Toolchain;

/// <summary>
/// The Node tools pinned in the repository's <c>package.json</c>: under <c>dependencies</c> what a build needs (Pagefind
/// for search, the départements' outlines for the maps; Decap CMS for the web form is pinned apart, see
/// <see cref="DecapPackage"/>), under <c>devDependencies</c> what
/// only the tests and editors use (the Nu checker, remark). Where they are, and installing them once, behind one gate.
/// </summary>
public static class NodeTools
{
    // Two builds started together (tests, or a build beside a serve) must not run npm in one folder at once.
    private static readonly Lock InstallGate = new();

    // npm prints nothing while it works when its output is not a terminal: say it is still going, this often.
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Installs the build's Node tools of <paramref name="tools"/>/package.json when any is missing, and only those
    /// (a first build of a fresh clone does not wait for the test tools); returns an error message or null.
    /// Every caller in the process goes through the same gate: an install that rewrites node_modules/ while
    /// another caller runs a tool from it breaks both.
    /// </summary>
    public static string? EnsureTools(string tools, TextWriter log) => Ensure(tools, log, withTestTools: false);

    /// <summary>The build's tools and those of the tests and editors (the Nu checker, remark), installed together.</summary>
    public static string? EnsureTestTools(string tools, TextWriter log) => Ensure(tools, log, withTestTools: true);

    private static string? Ensure(string tools, TextWriter log, bool withTestTools)
    {
        lock (InstallGate)
        {
            var pagefind = PagefindOf(tools);
            var sections = withTestTools ? new[] { "dependencies", "devDependencies" } : ["dependencies"];
            var problem = File.Exists(pagefind) && AllInstalled(tools, sections) ? null : Install(tools, pagefind, withTestTools, log);
            return problem ?? (DecapPackage.Installed(tools) ? null : DecapPackage.Install(tools, log));
        }
    }

    /// <summary>Whether every package pinned in these sections of package.json is in node_modules (a clone made before one was added has not).</summary>
    private static bool AllInstalled(string tools, IEnumerable<string> sections)
    {
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(tools, "package.json")));
        return sections.All(section => manifest?[section]?.AsObject()
            .All(dependency => File.Exists(Path.Combine(tools, "node_modules", dependency.Key, "package.json"))) ?? true);
    }

    public static string PagefindOf(string tools) =>
        Path.Combine(tools, "node_modules", ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind");

    /// <summary>
    /// "npm install" rather than "npm ci": it follows the lock file too, but does not fail when the lock lacks
    /// entries for other platforms' optional Pagefind binaries (some npm setups leave them out). Without the test
    /// tools, <c>--omit=dev</c> leaves out the Nu checker and remark (most of node_modules' weight).
    /// </summary>
    private static string? Install(string tools, string pagefind, bool withTestTools, TextWriter log)
    {
        string[] arguments = withTestTools ? ["install", "--no-audit", "--no-fund"] : ["install", "--omit=dev", "--no-audit", "--no-fund"];
        log.WriteLine(withTestTools
            ? "Installation des outils Node de la construction et des tests : "
                + "Pagefind, contours des départements, vérificateur HTML Nu, remark (npm install)…"
            : "Installation des outils Node de la construction : Pagefind, contours des départements (npm install --omit=dev)…");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var install = Run("npm", arguments, tools, () => log.WriteLine($"  npm travaille depuis {clock.Elapsed.TotalSeconds:0} s…"));
        if (install is null)
        {
            return "npm est introuvable : Node.js 20 (ou plus récent) et npm sont nécessaires pour installer Pagefind et construire l'index de recherche. "
                + "Installez-les (sudo apt-get install -y nodejs npm), ou ajoutez --sans-recherche";
        }

        if (install.Value.ExitCode != 0 || !File.Exists(pagefind))
        {
            return $"l'installation des outils Node par npm a échoué : {Last(install.Value.Output)}";
        }

        log.WriteLine($"Outils Node installés en {clock.Elapsed.TotalSeconds:0} s.");
        return null;
    }

    /// <summary>Decap CMS's built files (pinned in package.json, see <see cref="DecapPackage"/>), or null when they are not unpacked.</summary>
    public static string? DecapDist(string tools) =>
        DecapPackage.Dist(tools) is { } dist && File.Exists(Path.Combine(dist, "decap-cms.js")) ? dist : null;

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

    /// <summary>
    /// Runs a program and returns its exit code and combined output, or null when it cannot be started; while it
    /// runs, <paramref name="progress"/> (if any) is called every ten seconds.
    /// </summary>
    internal static (int ExitCode, string Output)? Run(string program, IEnumerable<string> arguments, string workingDirectory, Action? progress = null)
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
            while (!process.WaitForExit(ProgressEvery))
            {
                progress?.Invoke();
            }

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
