namespace StatiqPat.Cms;

/// <summary>Where the web form saves: the GitHub repository (real use), or Decap's in-memory test backend (browser tests).</summary>
public enum CmsBackend
{
    GitHub,
    TestRepo,
}
