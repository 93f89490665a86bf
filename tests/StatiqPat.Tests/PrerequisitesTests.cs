using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>
/// A newcomer without Java or Chromium reads one French line naming the package, not an exception from the process
/// start, and the test still fails: the lookups below run against a PATH made for the test, with and without the tool.
/// </summary>
public sealed class PrerequisitesTests
{
    [Fact]
    public void Java_missing_from_the_path_fails_with_the_package_to_install()
    {
        using var folder = new TempFolder();

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Prerequisites.Java(pathVariable: folder.Path));

        Assert.StartsWith("Java est introuvable", failure.Message, StringComparison.Ordinal);
        Assert.Contains("sudo apt-get install -y default-jre-headless", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chromium_missing_from_the_path_names_the_package_and_chromium_path()
    {
        using var folder = new TempFolder();

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Prerequisites.Chromium(chromiumPath: "", pathVariable: folder.Path));

        Assert.StartsWith("Chromium est introuvable", failure.Message, StringComparison.Ordinal);
        Assert.Contains("sudo apt-get install -y chromium", failure.Message, StringComparison.Ordinal);
        Assert.Contains("CHROMIUM_PATH", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tool_on_the_path_is_found_in_its_folder()
    {
        using var folder = new TempFolder();
        var java = Path.Combine(folder.Path, OperatingSystem.IsWindows() ? "java.exe" : "java");
        File.WriteAllText(java, "");
        var chromium = Path.Combine(folder.Path, OperatingSystem.IsWindows() ? "chromium-browser.exe" : "chromium-browser");
        File.WriteAllText(chromium, "");

        Assert.Equal(java, Prerequisites.Java(pathVariable: "/nowhere" + Path.PathSeparator + folder.Path));
        Assert.Equal(chromium, Prerequisites.Chromium(chromiumPath: "", pathVariable: folder.Path));
    }
}
