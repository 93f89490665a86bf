namespace StatiqPat.Tests.Browser;

/// <summary>Every browser test shares one built site, one server and one Chromium: building and starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "browser";
}
