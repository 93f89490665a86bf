namespace StatiqPat.Theme.Models;

/// <summary>The main navigation entry a page belongs to, so the menu can mark it as current.</summary>
public enum Section
{
    None,
    Home,
    Cases,
    Tools,
    Territories,
    Explore,
}
