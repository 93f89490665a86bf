using StatiqPat.Content;

namespace StatiqPat.Routing;

/// <summary>
/// The only place that decides permalinks. URLs are French, extensionless and end with a slash;
/// changing one breaks printed sheets and bookmarks, so think twice.
/// </summary>
public static class Urls
{
    public const string Home = "/";
    public const string NotFound = "/404.html";

    public static string List(ContentKind kind) => $"/{kind.Folder()}/";

    /// <summary>Editorial pages live at the root (<c>/glossaire/</c>); sheets under their kind's folder.</summary>
    public static string Of(ContentKind kind, string slug) => kind == ContentKind.Page ? $"/{slug}/" : $"/{kind.Folder()}/{slug}/";

    public const string Assets = "assets";
    public const string Images = "images";
    public const string Schemas = "schemas";
    public const string Admin = "admin";
    public const string Data = "/donnees/";

    /// <summary>
    /// First path segments the site uses for itself, which an editorial page may not take: the sheet folders,
    /// the site's own sections, and every typology.
    /// </summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(
        Enum.GetValues<ContentKind>().Select(k => k.Folder())
            .Concat([
                Assets, Images, Schemas, Admin, "404",
                Segment(Data), Segment(Search), Segment(Matrices), Segment(Explore), Segment(Workshop), Segment(Sources),
            ])
            .Concat(TypologyKeys.All),
        StringComparer.Ordinal);

    public static string Case(string slug) => Of(ContentKind.Case, slug);

    public static string Tool(string slug) => Of(ContentKind.Tool, slug);

    public static string Territory(string slug) => Of(ContentKind.Territory, slug);

    public const string Explore = "/explorer/";
    public const string Search = "/recherche/";

    /// <summary>What a search with no result may have meant, fetched only then.</summary>
    public const string SearchSuggestions = "/recherche/suggestions.json";

    /// <summary>The folding table, facets and thresholds the search script applies, written from the C# rules.</summary>
    public const string SearchRules = "/recherche/regles.json";
    public const string Matrices = "/matrices/";

    /// <summary>« Préparer un atelier », and one ready-made sequence beneath it.</summary>
    public const string Workshop = "/atelier/";

    public static string Sequence(string slug) => $"{Workshop}{slug}/";

    /// <summary>The registry of source documents, one section each: sheets link their citations to it.</summary>
    public const string Sources = "/sources/";

    public static string Source(string slug) => $"{Sources}#{slug}";

    /// <summary>The index of one typology (<c>/fonctions/</c>) and the page of one of its values (<c>/fonctions/eduquer/</c>).</summary>
    public static string Dimension(string key) => $"/{key}/";

    public static string DimensionValue(string key, string slug) => $"/{key}/{slug}/";

    public static string Matrix(string name) => $"{Matrices}{name}/";

    public static string MatrixCell(string name, string cell) => $"{Matrices}{name}/{cell}/";

    /// <summary>The CSV beside a matrix page: <c>/matrices/types-degres/</c> → <c>/matrices/types-degres.csv</c>.</summary>
    public static string MatrixCsv(string pageUrl) => pageUrl.TrimEnd('/') + ".csv";

    private static string Segment(string url) => url.Trim('/');

    /// <summary>The file that serves a URL: <c>/cas/x/</c> is written as <c>cas/x/index.html</c>.</summary>
    public static string FileOf(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
}
