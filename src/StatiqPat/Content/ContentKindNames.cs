namespace StatiqPat.Content;

/// <summary>French words attached to each content kind: input folder, link prefix, labels.</summary>
public static class ContentKindNames
{
    public static string Folder(this ContentKind kind) => kind switch
    {
        ContentKind.Case => "cas",
        ContentKind.Tool => "outils",
        ContentKind.Territory => "territoires",
        ContentKind.Page => "pages",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The prefix of internal links in Markdown, e.g. <c>[la carto](outil:carto-collective)</c>.</summary>
    public static string LinkPrefix(this ContentKind kind) => kind switch
    {
        ContentKind.Case => "cas",
        ContentKind.Tool => "outil",
        ContentKind.Territory => "territoire",
        ContentKind.Page => "page",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string SingularLabel(this ContentKind kind) => kind switch
    {
        ContentKind.Case => "cas",
        ContentKind.Tool => "outil",
        ContentKind.Territory => "territoire",
        ContentKind.Page => "page",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static ContentKind? FromLinkPrefix(string prefix) => prefix switch
    {
        "cas" => ContentKind.Case,
        "outil" => ContentKind.Tool,
        "territoire" => ContentKind.Territory,
        "page" => ContentKind.Page,
        _ => null,
    };
}
