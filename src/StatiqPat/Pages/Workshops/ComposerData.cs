using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatiqPat.Content;
using StatiqPat.Routing;

namespace StatiqPat.Pages.Workshops;

/// <summary>
/// What the composer script needs of each tool, as JSON in the page (a data block, which the Content-Security-Policy
/// allows because it never runs): durations, formats, materials and suites, so the script makes no request.
/// </summary>
public static class ComposerData
{
    // The default encoder escapes <, > and &, so no text of a sheet can close the <script> element that holds it.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string Of(IEnumerable<ToolSheet> tools)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("outils");
            foreach (var tool in tools.OrderBy(t => t.Number))
            {
                json.WriteStartObject();
                json.WriteString("slug", tool.Slug);
                json.WriteNumber("numero", tool.Number);
                json.WriteString("titre", tool.Title);
                json.WriteString("adresse", Urls.Tool(tool.Slug));
                Duration(json, tool.Minutes);
                json.WriteString("format", tool.Format?.Label);
                json.WriteStartArray("materiel");
                tool.Materials.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                if (tool.FollowUp is { } suite)
                {
                    json.WriteStartObject("suite");
                    json.WriteString("titre", suite.Title);
                    Duration(json, suite.Minutes);
                    json.WriteString("format", suite.Format?.Label);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Duration(Utf8JsonWriter json, int? minutes)
    {
        if (minutes is { } value)
        {
            json.WriteNumber("duree", value);
        }
        else
        {
            json.WriteNull("duree");
        }
    }
}
