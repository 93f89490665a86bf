using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Live.Edits;

/// <summary>The whole input folder put back as the fixture has it (a contributor's « git checkout . »).</summary>
public sealed record RestoreInput : SiteEdit
{
    public override void Apply(string input)
    {
        Directory.Delete(input, recursive: true);
        var fixture = Repository.Fixture("site");
        foreach (var file in Directory.GetFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(input, Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
