using System.Text.Encodings.Web;
using System.Text.Json;
using StatiqPat.Pages;
using StatiqPat.Routing;
using StatiqPat.Text;
using StatiqPat.Writing;

namespace StatiqPat.Publishing;

/// <summary>
/// The build's rules the search page applies in the browser: how text folds (<see cref="Folding"/>), which facets
/// there are and their legends (<see cref="SearchFacetList"/>), how close a guess must be (<see cref="Suggestions"/>).
/// Written from the C# rules themselves, so the script never repeats them by hand and cannot drift from them.
/// </summary>
public static class SearchRulesFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Letters stay as they are: the table is read by people checking it as much as by the script.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(IOutputSink sink)
    {
        using var stream = sink.Create(Urls.FileOf(Urls.SearchRules));
        stream.Write(Json());
    }

    public static byte[] Json() => JsonSerializer.SerializeToUtf8Bytes(
        new
        {
            // Sorted, so the file is the same from one build to the next whatever the dictionary's order.
            folding = new SortedDictionary<string, string>(
                Folding.Table.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value), StringComparer.Ordinal),
            facets = SearchFacetList.All.Select(f => new { name = f.Name, label = f.Label }),
            closeness = new { least = Suggestions.LeastAllowance, lettersPerEdit = Suggestions.LettersPerEdit },
        },
        Options);
}
