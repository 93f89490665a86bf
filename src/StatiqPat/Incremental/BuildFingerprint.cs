using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StatiqPat.Content;
using StatiqPat.Theme.Models;

namespace StatiqPat.Incremental;

/// <summary>
/// A hash of everything a build reads: every file under the input folder (its size and time), the options, the generator and theme
/// (their module ids change with their code), and the pinned Node tools (Pagefind for the search index, Decap CMS for the form, the
/// départements' outlines). Equal fingerprints mean the output would be byte-identical, so a rebuild with nothing changed can stop at once.
/// It is stored beside the output folder, not in it, so it is never published.
/// </summary>
public static class BuildFingerprint
{
    /// <param name="inputRoot">The input folder, whose files <paramref name="files"/> lists.</param>
    /// <param name="settings">Everything else that decides the output (options, which machine tools the build uses), as one text.</param>
    /// <param name="toolsFolder">The folder of package.json and package-lock.json when the build uses a Node tool; null otherwise.</param>
    public static string Compute(string inputRoot, InputFiles files, string settings, string? toolsFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, settings);
        foreach (var assembly in new[] { typeof(BuildFingerprint).Assembly, typeof(PageModel).Assembly, typeof(Markdig.Markdown).Assembly,
            typeof(YamlDotNet.RepresentationModel.YamlStream).Assembly })
        {
            Add(hash, $"module {assembly.ManifestModule.ModuleVersionId}");
        }

        AddFolder(hash, inputRoot, files);
        if (toolsFolder is { } tools)
        {
            AddFile(hash, Path.Combine(tools, "package-lock.json"), "package-lock.json");
            // Decap CMS's version is pinned in package.json itself.
            AddFile(hash, Path.Combine(tools, "package.json"), "package.json");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AddFolder(IncrementalHash hash, string root, InputFiles files)
    {
        // The build's own scan, so a link is never followed here either; adding or removing one changes the hash.
        // Size and modification time, not content: reading 10,000 sheets to find that none changed would cost as much
        // as half the build. An editor's save, a git checkout or a copy all change the time.
        foreach (var relative in files.All)
        {
            var info = new FileInfo(Path.Combine(root, relative));
            Add(hash, string.Create(CultureInfo.InvariantCulture, $"file {relative} {info.Length} {info.LastWriteTimeUtc.Ticks}"));
        }

        foreach (var entry in files.Refused)
        {
            Add(hash, $"refused {entry.Path} {entry.Kind}");
        }
    }

    private static void AddFile(IncrementalHash hash, string path, string name)
    {
        var content = File.Exists(path) ? File.ReadAllBytes(path) : [];
        Add(hash, $"file {name} {content.Length}");
        hash.AppendData(content);
    }

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
}
