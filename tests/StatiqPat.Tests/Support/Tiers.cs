namespace StatiqPat.Tests.Support;

/// <summary>
/// The one trait that splits the suite, so that <c>dotnet test --filter "Tier!=Slow&amp;Tier!=Content"</c> is a fast loop
/// over generator behaviour. Untagged tests are that fast tier; CI runs everything.
/// </summary>
public static class Tiers
{
    public const string Name = "Tier";

    /// <summary>Seconds or more: a real browser, the Nu checker on Java, or an npm/node tool (Pagefind, remark).</summary>
    public const string Slow = "Slow";

    /// <summary>Asserts on the real knowledge base in <c>input/</c>, so an edit to a sheet, not to code, can turn it red.</summary>
    public const string Content = "Content";
}
