using System.Text;

namespace StatiqPat.Tests.Support;

/// <summary>
/// A committed copy of a build's files, compared byte for byte. Setting <see cref="UpdateVariable"/> to 1 rewrites
/// the copy in the source tree instead, so an intended change to the output is one command and a reviewed diff.
/// </summary>
public sealed class Snapshot(string folder)
{
    public const string UpdateVariable = "STATIQPAT_SNAPSHOT_UPDATE";

    /// <summary>Kept in the folder so that git never rewrites line endings of the expected bytes.</summary>
    private const string Attributes = ".gitattributes";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public string Folder { get; } = folder;

    public void Write(IReadOnlyDictionary<string, byte[]> files)
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        foreach (var (path, content) in files)
        {
            var target = Path.Combine(Folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }

        File.WriteAllText(Path.Combine(Folder, Attributes), "* -text\n");
    }

    /// <summary>Null when the folder holds exactly these files with these bytes; otherwise what differs, for a failure message.</summary>
    public string? Differences(IReadOnlyDictionary<string, byte[]> files)
    {
        var expected = Read();
        var missing = files.Keys.Where(p => !expected.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        var extra = expected.Keys.Where(p => !files.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        var changed = files.Keys.Where(p => expected.TryGetValue(p, out var bytes) && !bytes.AsSpan().SequenceEqual(files[p]))
            .Order(StringComparer.Ordinal).ToList();
        if (missing.Count + extra.Count + changed.Count == 0)
        {
            return null;
        }

        var report = new StringBuilder($"The build differs from the snapshot in {Folder}.\n");
        List(report, "produced but not in the snapshot", missing);
        List(report, "in the snapshot but no longer produced", extra);
        List(report, "different", changed);
        if (changed.Count > 0)
        {
            report.Append(FirstDifference(changed[0], expected[changed[0]], files[changed[0]]));
        }

        report.Append($"If the change is intended, run the test with {UpdateVariable}=1 and review the diff of the snapshot folder.");
        return report.ToString();
    }

    private SortedDictionary<string, byte[]> Read()
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(Folder))
        {
            return files;
        }

        foreach (var file in Directory.GetFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(Folder, file).Replace('\\', '/');
            if (path != Attributes)
            {
                files[path] = File.ReadAllBytes(file);
            }
        }

        return files;
    }

    private static void List(StringBuilder report, string what, List<string> paths)
    {
        if (paths.Count > 0)
        {
            report.Append($"{paths.Count} {what}: {string.Join(", ", paths)}\n");
        }
    }

    private static string FirstDifference(string path, byte[] expected, byte[] actual)
    {
        var before = Encoding.UTF8.GetString(expected).Split('\n');
        var after = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(before.Length, after.Length); i++)
        {
            var was = i < before.Length ? before[i] : "(end of file)";
            var now = i < after.Length ? after[i] : "(end of file)";
            if (was != now)
            {
                var column = 0;
                while (column < Math.Min(was.Length, now.Length) && was[column] == now[column])
                {
                    column++;
                }

                return $"First difference in {path}, line {i + 1}, column {column + 1}:\n  snapshot: {Around(was, column)}\n  build:    {Around(now, column)}\n";
            }
        }

        // Same lines, different bytes: only a trailing newline or an invalid UTF-8 sequence can do that.
        return $"{path}: same text lines, different bytes ({expected.Length} in the snapshot, {actual.Length} built).\n";
    }

    /// <summary>Pages have long lines: show the stretch where they part rather than the whole line.</summary>
    private static string Around(string line, int column)
    {
        var start = Math.Max(0, column - 60);
        var end = Math.Min(line.Length, column + 120);
        return (start > 0 ? "…" : "") + line[start..end] + (end < line.Length ? "…" : "");
    }
}
