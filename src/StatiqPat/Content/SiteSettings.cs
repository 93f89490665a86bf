namespace StatiqPat.Content;

/// <summary>Site-wide settings from <c>input/site.yml</c>.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";

    /// <summary>Public address of the deployed site, without trailing slash; a build option can override it.</summary>
    public string BaseUrl { get; init; } = "";

    public string Licence { get; init; } = "";

    /// <summary>The GitHub repository (<c>organisation/nom</c>) the web form proposes changes to; empty until the site has one.</summary>
    public string Repository { get; init; } = "";

    public string Branch { get; init; } = "main";
}
