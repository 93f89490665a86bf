namespace StatiqPat.Theme.Models;

/// <summary>Fingerprinted URLs of the stylesheets, decided by the build from their content.</summary>
public sealed record AssetLinks(string Stylesheet, string VocabularyStylesheet, string Icon, string SearchScript = "");
