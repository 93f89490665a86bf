using System.Text.Encodings.Web;
using System.Text.Json;
using StatiqPat.Indexing;
using StatiqPat.Pages;
using StatiqPat.Routing;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>Writes what a search with no result may have meant, for the search page to fetch only then.</summary>
public static class SearchSuggestionsFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(IOutputSink sink, SiteIndex index)
    {
        using var stream = sink.Create(Urls.FileOf(Urls.SearchSuggestions));
        JsonSerializer.Serialize(stream, SearchSuggestions.Of(index), Options);
    }
}
