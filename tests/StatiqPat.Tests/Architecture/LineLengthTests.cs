using StatiqPat.Tests.Support;

namespace StatiqPat.Tests.Architecture;

/// <summary>
/// No line of the generator's or the theme's C# is longer than <see cref="MaxLength"/> characters: a longer line is wrapped
/// (arguments, one LINQ call per line, a long string split into concatenated pieces that make the same string).
/// </summary>
public sealed class LineLengthTests
{
    private const int MaxLength = 160;

    [Theory]
    [InlineData("src")]
    [InlineData("theme")]
    public void No_line_of_the_csharp_sources_is_longer_than_the_limit(string folder)
    {
        var root = Path.Combine(Repository.Root, folder);
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(root, path)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);

        var tooLong = files
            .SelectMany(path => File.ReadLines(path)
                .Select((line, index) => (Line: index + 1, line.Length))
                .Where(l => l.Length > MaxLength)
                .Select(l => $"{Path.GetRelativePath(Repository.Root, path)}:{l.Line}: {l.Length} characters"))
            .ToList();
        Assert.True(tooLong.Count == 0, $"Lines longer than {MaxLength} characters:\n" + string.Join("\n", tooLong));
    }

    /// <summary>bin/ and obj/ (generated code) of any project under the folder.</summary>
    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).SkipLast(1).Any(part => part is "bin" or "obj");
}
