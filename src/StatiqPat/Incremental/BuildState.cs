using System.Globalization;
using System.Text;

namespace StatiqPat.Incremental;

/// <summary>
/// What <c>construire</c> remembers of the site it published, in a text file beside the output folder (never
/// deployed): the inputs' fingerprint, whether the search index is whole, every page with its key and files, and
/// every file of the output with its size and time. The next build keeps a page whose key is the same and whose
/// files nobody touched, and takes the site for up to date when the fingerprint and every file are the same (and
/// the search index whole, when it makes one). <c>servir</c> leaves the same state after its rebuilds (<see cref="LiveState.Save"/>).
/// </summary>
public sealed record BuildState(string Fingerprint, bool SearchIndexed, IReadOnlyDictionary<string, PageRecord> Pages,
    IReadOnlyDictionary<string, FileStamp> Files)
{
    private const string Header = "statiqpat-etat 1";

    /// <summary>The folder Pagefind writes into the site: the state tells whether it still matches the pages.</summary>
    public const string SearchIndexFolder = "pagefind";

    /// <summary>Where the state of the site in <paramref name="folder"/> is kept: <c>.output.etat</c> beside <c>output/</c>.</summary>
    public static string PathOf(string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.etat");
    }

    /// <summary>The state beside <paramref name="folder"/>; null when there is none or it cannot be read (then everything is rebuilt).</summary>
    public static BuildState? Read(string folder)
    {
        var path = PathOf(folder);
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length < 3 || lines[0] != Header || !lines[1].StartsWith("empreinte ", StringComparison.Ordinal))
        {
            return null;
        }

        var pages = new Dictionary<string, PageRecord>(StringComparer.Ordinal);
        var files = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        foreach (var line in lines.AsSpan(3))
        {
            var fields = line.Split('\t');
            if (fields is ["page", var url, var key, .. var written]
                && ulong.TryParse(key, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var parsed))
            {
                pages[url] = new PageRecord(url, parsed, written);
            }
            else if (fields is ["fichier", var file, var length, var ticks]
                && long.TryParse(length, CultureInfo.InvariantCulture, out var size) && long.TryParse(ticks, CultureInfo.InvariantCulture, out var time))
            {
                files[file] = new FileStamp(size, time);
            }
            else
            {
                return null;
            }
        }

        return new BuildState(lines[1]["empreinte ".Length..], lines[2] == "recherche oui", pages, files);
    }

    public void Write(string folder)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n')
            .Append("empreinte ").Append(Fingerprint).Append('\n')
            .Append(SearchIndexed ? "recherche oui" : "recherche non").Append('\n');
        foreach (var page in Pages.Values.OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            text.Append("page\t").Append(page.Url).Append('\t').Append(page.Key.ToString("x16", CultureInfo.InvariantCulture));
            foreach (var file in page.Files)
            {
                text.Append('\t').Append(file);
            }

            text.Append('\n');
        }

        foreach (var (file, entry) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"fichier\t{file}\t{entry.Length}\t{entry.Ticks}\n");
        }

        File.WriteAllText(PathOf(folder), text.ToString(), new UTF8Encoding(false));
    }

    /// <summary>Every file under <paramref name="folder"/>, by path relative to it with forward slashes: a directory walk, no file read.</summary>
    public static Dictionary<string, FileStamp> Scan(string folder)
    {
        var root = new DirectoryInfo(folder);
        return !root.Exists
            ? new Dictionary<string, FileStamp>(StringComparer.Ordinal)
            : root.EnumerateFiles("*", SearchOption.AllDirectories).ToDictionary(
                file => Path.GetRelativePath(root.FullName, file.FullName).Replace(Path.DirectorySeparatorChar, '/'),
                FileStamp.Of,
                StringComparer.Ordinal);
    }
}
