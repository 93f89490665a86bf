namespace StatiqPat.Content;

/// <summary>French words attached to each content kind: input folder, labels.</summary>
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
