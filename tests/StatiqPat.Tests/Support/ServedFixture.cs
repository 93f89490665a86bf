using StatiqPat.Cli;
using StatiqPat.Serving;

namespace StatiqPat.Tests.Support;

/// <summary>A copy of the fixture site, built once into a served folder, and the rebuilder <c>servir</c> runs over it.</summary>
public sealed class ServedFixture : IDisposable
{
    private ServedFixture(TempFolder folder, BuildOptions options)
    {
        Folder = folder;
        Options = options;
        Rebuilder = new LiveRebuilder(options, Served, new LiveReload(Served), TextWriter.Null, Errors);
    }

    public TempFolder Folder { get; }

    public BuildOptions Options { get; }

    public string Input => Options.InputFolder;

    public string Served => Folder.Combine("output");

    /// <summary>What the rebuilds printed on the error stream: their problems.</summary>
    public StringWriter Errors { get; } = new();

    public LiveRebuilder Rebuilder { get; }

    public static async Task<ServedFixture> StartAsync()
    {
        var folder = new TempFolder();
        var options = new BuildOptions(folder.CopyIn(Repository.Fixture("site"), "input"));
        Assert.True(await BuildCommand.RunAsync(options, folder.Combine("output"), TextWriter.Null, TextWriter.Null));
        return new ServedFixture(folder, options);
    }

    public void Dispose() => Folder.Dispose();
}
