using System.Text.Json;
using StatiqPat.Content;

namespace StatiqPat.Publishing.OpenData;

/// <summary>
/// A Frictionless Data package descriptor: the standard place where CSV files, which have no metadata of
/// their own, get their title and licence.
/// </summary>
public static class DataPackage
{
    public static void Write(Utf8JsonWriter json, SiteContent content, string baseUrl)
    {
        json.WriteStartObject();
        json.WriteString("name", "cooperations-inter-pat");
        json.WriteString("title", content.Settings.Title);
        json.WriteString("description", content.Settings.Description);
        json.WriteString("homepage", baseUrl + "/");
        json.WriteStartArray("licenses");
        json.WriteStartObject();
        json.WriteString("title", content.Settings.Licence);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("resources");
        foreach (var (name, title, format) in OpenDataFiles.Resources)
        {
            json.WriteStartObject();
            json.WriteString("name", Path.GetFileNameWithoutExtension(name) + "-" + format);
            json.WriteString("path", name);
            json.WriteString("title", title);
            json.WriteString("format", format);
            json.WriteString("mediatype", format == "csv" ? "text/csv" : "application/json");
            json.WriteString("encoding", "utf-8");
            if (format == "csv")
            {
                json.WriteStartObject("dialect");
                json.WriteString("delimiter", ";");
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
