using System.Reflection;
using System.Security.Cryptography;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>
/// The theme's scripts and the ES modules they import, published together in one folder named after a hash of all of
/// them (<c>assets/js.&lt;hash&gt;/recherche.js</c>, <c>…/lib/folding.mjs</c>). Imports stay plain relative paths,
/// the same the unit tests load from the theme: nothing rewrites them, and a change to any module renames the whole
/// folder, so a year-long cache never pairs a page script with a stale module.
/// </summary>
public sealed class ScriptFolder
{
    private readonly string folder;

    private ScriptFolder(string folder, IReadOnlyList<OutputFile> files)
    {
        this.folder = folder;
        Files = files;
    }

    public IReadOnlyList<OutputFile> Files { get; }

    /// <summary>The address of one of the folder's scripts, by its path under <c>js/</c>.</summary>
    public string Url(string path) => Files.Any(f => f.Path == folder + path)
        ? "/" + folder + path
        : throw new InvalidOperationException($"The theme has no script 'js/{path}'.");

    /// <summary>Every <c>.js</c> and <c>.mjs</c> resource under <paramref name="prefix"/>, in a folder named after their paths and bytes.</summary>
    public static ScriptFolder Collect(Assembly assembly, string prefix)
    {
        // MSBuild writes a sub-folder's separator as the build machine's: read both, publish with « / ».
        var scripts = assembly.GetManifestResourceNames()
            .Select(name => (Name: name, Path: name.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal)
                && (r.Path.EndsWith(".js", StringComparison.Ordinal) || r.Path.EndsWith(".mjs", StringComparison.Ordinal)))
            .Select(r => (Path: r.Path[prefix.Length..], Content: Read(assembly, r.Name)))
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, content) in scripts)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(path + "\0"));
            hash.AppendData(BitConverter.GetBytes((long)content.Length));
            hash.AppendData(content);
        }

        var folder = $"assets/js.{Convert.ToHexStringLower(hash.GetHashAndReset())[..10]}/";
        return new ScriptFolder(folder, [.. scripts.Select(s => new OutputFile(folder + s.Path, s.Content))]);
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
