namespace StatiqPat.Content;

/// <summary>The three kinds of sheet. Folder names and link prefixes are the contributor-facing French words.</summary>
public enum ContentKind
{
    Case,
    Tool,
    Territory,

    /// <summary>An editorial page (explanations, glossary, about), served at the site root.</summary>
    Page,
}
