namespace StatiqPat.Tests.Support;

/// <summary>
/// A mini-site written inline in a test, Hugo style: <c>-- cas/x.md --</c> starts a file. The reference data
/// (vocabulary, geography, settings) comes from the valid fixture, so a test states only what it is about.
/// </summary>
public sealed class InlineSite : IDisposable
{
    private readonly TempFolder folder = new();

    public InlineSite(string files)
    {
        Input = folder.Combine("input");
        Directory.CreateDirectory(Input);
        foreach (var name in new[] { "vocabulaire.yml", "geographie.yml", "site.yml" })
        {
            File.Copy(Path.Combine(Repository.Fixture("site"), name), Path.Combine(Input, name));
        }

        string? current = null;
        var lines = new List<string>();
        foreach (var line in files.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal))
            {
                Flush(current, lines);
                current = line[3..^3];
                lines.Clear();
            }
            else if (current is not null)
            {
                lines.Add(line);
            }
        }

        Flush(current, lines);
    }

    public string Input { get; }

    public string Output => folder.Combine("output");

    public Task<BuildResult> BuildAsync() => SiteBuilder.BuildAsync(new BuildOptions(Input));

    public void Dispose() => folder.Dispose();

    private void Flush(string? name, List<string> lines)
    {
        if (name is null)
        {
            return;
        }

        var path = Path.Combine(Input, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join('\n', lines).TrimEnd() + "\n");
    }
}
