using System.Security;
using System.Security.Cryptography;
using System.Text;
using StatiqPat.Content;
using StatiqPat.Writing;

namespace StatiqPat.Maps;

/// <summary>
/// Writes the one SVG file every map of the site refers to with <c>&lt;use&gt;</c>: each page carries only which
/// départements to draw and how to shade them, so the outlines (about 115 KB) are downloaded once and cached.
/// Elements carry no fill: a <c>&lt;use&gt;</c> passes its CSS class's colours down to what it draws.
/// </summary>
public static class MapFile
{
    public static (MapGeometry Geometry, OutputFile File) Build(DepartmentShapes shapes, TermList departements)
    {
        var metropolitan = shapes.Shapes.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var overseas = departements.Terms.Where(t => t.Description.Length > 0 && !metropolitan.Contains(t.Description))
            .OrderBy(t => t.Description, StringComparer.Ordinal).ToList();
        var left = overseas.Count > 0 ? -OverseasTiles.ColumnWidth : 0;
        var height = Math.Max(shapes.Height, OverseasTiles.Bottom(overseas.Count));
        var viewBox = string.Join(' ', new[] { left, 0, shapes.Width - left, height }.Select(OverseasTiles.Number));

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{viewBox}\">\n<g id=\"{MapGeometry.AllId}\">\n");
        foreach (var shape in shapes.Shapes)
        {
            svg.Append($"<path id=\"{MapGeometry.IdOf(shape.Code)}\" d=\"{SecurityElement.Escape(shape.Path)}\"/>\n");
        }

        var size = OverseasTiles.Number(OverseasTiles.Size);
        foreach (var (term, i) in overseas.Select((t, i) => (t, i)))
        {
            svg.Append($"<rect id=\"{MapGeometry.IdOf(term.Description)}\" x=\"{OverseasTiles.Number(OverseasTiles.Left)}\" "
                + $"y=\"{OverseasTiles.Number(OverseasTiles.TopOf(i))}\" width=\"{size}\" height=\"{size}\" rx=\"3\"/>\n");
        }

        // The names keep their own dark fill (a presentation attribute wins over what the <use> passes down).
        svg.Append($"</g>\n<g id=\"{MapGeometry.LabelsId}\" fill=\"#1b1b1b\" font-size=\"{OverseasTiles.Number(OverseasTiles.FontSize)}\">\n");
        foreach (var (term, i) in overseas.Select((t, i) => (t, i)))
        {
            svg.Append($"<text x=\"{OverseasTiles.Number(OverseasTiles.Left + OverseasTiles.Size + 6)}\" "
                + $"y=\"{OverseasTiles.Number(OverseasTiles.TopOf(i) + 22)}\">{SecurityElement.Escape(term.Label)}</text>\n");
        }

        svg.Append("</g>\n</svg>\n");
        var bytes = Encoding.UTF8.GetBytes(svg.ToString());
        var path = $"assets/departements.{Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]}.svg";
        var codes = metropolitan.Concat(overseas.Select(t => t.Description)).ToHashSet(StringComparer.Ordinal);
        return (new MapGeometry("/" + path, viewBox, codes), new OutputFile(path, bytes));
    }
}
