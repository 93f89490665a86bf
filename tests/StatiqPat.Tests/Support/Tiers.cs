namespace StatiqPat.Tests.Support;

/// <summary>
/// The one trait that splits the suite, so that <c>dotnet test --filter "Tier!=Slow&amp;Tier!=Content"</c> is a fast loop
/// over generator behaviour. Untagged tests are that fast tier; CI runs everything. The fast tier is hermetic: it needs the
/// .NET SDK and nothing else (no node_modules/, no .outils/, no network, no Chromium, no Java), so a test that needs one
/// of those is Slow, and a build in a fast test gets the machine's tools only as committed stand-ins (<see cref="Machine"/>).
/// </summary>
public static class Tiers
{
    public const string Name = "Tier";

    /// <summary>Seconds or more, or more than .NET: a real browser, the Nu checker on Java, an npm/node tool (Pagefind, remark), an installed npm package, a real file watcher.</summary>
    public const string Slow = "Slow";

    /// <summary>Asserts on the real knowledge base in <c>input/</c>, so an edit to a sheet, not to code, can turn it red.</summary>
    public const string Content = "Content";
}
