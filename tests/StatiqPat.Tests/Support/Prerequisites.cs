namespace StatiqPat.Tests.Support;

/// <summary>
/// The programs some tests need besides .NET: Chromium for the browser tests, Java for the Nu checker. A missing one
/// fails those tests with one French line naming it and the command that installs it, never with an exception text;
/// the tests still fail (a skipped check would pass in silence).
/// </summary>
public static class Prerequisites
{
    private const string ChromiumHint =
        "Chromium est introuvable : les tests dans le navigateur en ont besoin. Installez-le (sudo apt-get install -y chromium) ; "
        + "sous Ubuntu, où chromium est un snap, ou pour un autre Chromium ou Chrome, indiquez son chemin dans la variable CHROMIUM_PATH.";

    private const string JavaHint =
        "Java est introuvable : le vérificateur HTML Nu (vnu-jar) des tests en a besoin. Installez-le (sudo apt-get install -y default-jre-headless, Java 17 ou plus récent).";

    /// <summary>
    /// CHROMIUM_PATH when it is set, otherwise <c>chromium</c> (Debian) or <c>chromium-browser</c> found on the PATH.
    /// The variables are the process's unless a test passes its own (changing the process's would race other tests).
    /// </summary>
    public static string Chromium(string? chromiumPath = null, string? pathVariable = null)
    {
        if ((chromiumPath ?? Environment.GetEnvironmentVariable("CHROMIUM_PATH")) is { Length: > 0 } path)
        {
            Assert.True(File.Exists(path), $"CHROMIUM_PATH vaut « {path} », qui n'existe pas. {ChromiumHint}");
            return path;
        }

        return OnPath("chromium", pathVariable) ?? OnPath("chromium-browser", pathVariable) ?? throw new Xunit.Sdk.XunitException(ChromiumHint);
    }

    /// <summary>The <c>java</c> program on the PATH.</summary>
    public static string Java(string? pathVariable = null) => OnPath("java", pathVariable) ?? throw new Xunit.Sdk.XunitException(JavaHint);

    private static string? OnPath(string program, string? pathVariable) =>
        (pathVariable ?? Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? program + ".exe" : program))
            .FirstOrDefault(File.Exists);
}
