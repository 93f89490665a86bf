using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace StatiqPat.Toolchain;

/// <summary>
/// Decap CMS, the web form served under <c>/admin/</c>. The site only copies its prebuilt browser bundle, but npm
/// would install the package with its 470 dependencies (330 MB, most of a first build's minute and a half): so
/// the package alone is fetched with <c>npm pack</c>, checked against the integrity that package.json pins, and
/// its bundle unpacked under <c>.outils/</c>, where no <c>npm install</c> prunes it.
/// </summary>
public static class DecapPackage
{
    private const string Name = "decap-cms";

    /// <summary>The version and integrity pinned in package.json under <c>statiqpat.decap-cms</c>, or null when none is.</summary>
    public static (string Version, string Integrity)? Pinned(string tools)
    {
        var pin = JsonNode.Parse(File.ReadAllText(Path.Combine(tools, "package.json")))?["statiqpat"]?[Name];
        return pin?["version"]?.GetValue<string>() is { } version && pin["integrity"]?.GetValue<string>() is { } integrity
            ? (version, integrity)
            : null;
    }

    /// <summary>Where the pinned version's bundle is unpacked (the version is in the path, so a new pin is a new folder).</summary>
    public static string? Dist(string tools) =>
        Pinned(tools) is { } pin ? Path.Combine(tools, ".outils", $"{Name}-{pin.Version}", "dist") : null;

    public static bool Installed(string tools) => Dist(tools) is not { } dist || File.Exists(Path.Combine(dist, "decap-cms.js"));

    /// <summary>Fetches and unpacks the pinned bundle; returns an error message or null.</summary>
    public static string? Install(string tools, TextWriter log)
    {
        if (Pinned(tools) is not { } pin || Dist(tools) is not { } dist)
        {
            return null;
        }

        log.WriteLine($"Téléchargement de Decap CMS {pin.Version}, sans ses dépendances (npm pack)…");
        var download = Path.Combine(tools, ".outils", "telechargement");
        Directory.CreateDirectory(download);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pack = NodeTools.Run("npm", ["pack", $"{Name}@{pin.Version}", "--json", "--pack-destination", download], tools,
            () => log.WriteLine($"  npm télécharge depuis {clock.Elapsed.TotalSeconds:0} s…"));
        if (pack is not { ExitCode: 0 } packed)
        {
            return pack is null ? "npm est introuvable : installez Node.js 20 et npm (sudo apt-get install -y nodejs npm)"
                : $"le téléchargement de Decap CMS par npm a échoué : {NodeTools.Last(pack.Value.Output)}";
        }

        // npm's JSON report follows any warnings it printed; it says the tarball's name and integrity.
        var report = JsonNode.Parse(packed.Output[packed.Output.IndexOf('[', StringComparison.Ordinal)..])?[0];
        if (report?["integrity"]?.GetValue<string>() != pin.Integrity || report["filename"]?.GetValue<string>() is not { } file)
        {
            return $"Decap CMS {pin.Version} téléchargé ne correspond pas à l'empreinte épinglée dans package.json (statiqpat.decap-cms.integrity)";
        }

        Unpack(Path.Combine(download, file), dist);
        File.Delete(Path.Combine(download, file));
        log.WriteLine($"Decap CMS installé en {clock.Elapsed.TotalSeconds:0} s.");
        return null;
    }

    /// <summary>Unpacks the bundle's files into a fresh folder, then moves it into place: a half-unpacked bundle is never used.</summary>
    private static void Unpack(string tarball, string dist)
    {
        var staging = dist + ".partiel";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        using (var reader = new TarReader(new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress)))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                var name = entry.Name.StartsWith("package/dist/", StringComparison.Ordinal) ? entry.Name["package/dist/".Length..] : null;
                if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && name is { Length: > 0 } && !name.Contains('/')
                    && !name.EndsWith(".map", StringComparison.Ordinal))
                {
                    entry.ExtractToFile(Path.Combine(staging, name), overwrite: true);
                }
            }
        }

        if (Directory.Exists(dist))
        {
            Directory.Delete(dist, recursive: true);
        }

        Directory.Move(staging, dist);
    }
}
