using System.Xml;
using StatiqPat.Diagnostics;

namespace StatiqPat.Validation;

/// <summary>
/// An SVG is a document that can run scripts when opened at its own address, on the site's origin. Only plain
/// drawings are accepted: SVG elements from an allow-list (no script, foreignObject, image, a, animate or set, which can
/// rewrite a link), no event attribute, no reference outside the file, no DOCTYPE (entities) and no processing
/// instruction. An SVG exported « simple » or « optimised » by a drawing tool passes; an editor's working file does not.
/// </summary>
public static class SvgCheck
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "marker", "filter",
        "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
        "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
        "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight", "feSpecularLighting",
        "feSpotLight", "feTile", "feTurbulence",
    };

    private const string Hint = "enregistrez le dessin en « SVG simple » ou « SVG optimisé » sans script ni lien, ou exportez-le en PNG";

    /// <summary>The first problem of the file, at its line, or null for a plain drawing.</summary>
    public static Diagnostic? Problem(byte[] bytes, string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        var lines = (IXmlLineInfo)reader;
        Diagnostic At(string message) =>
            new(ErrorCodes.UnsafeSvg, new SourcePosition(path, Math.Max(1, lines.LineNumber), Math.Max(1, lines.LinePosition)), message, Hint);

        try
        {
            var depth = 0;
            var inStyle = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.ProcessingInstruction:
                        return At($"l'instruction « <?{reader.Name}?> » n'est pas acceptée dans une image");
                    case XmlNodeType.Element:
                        if (reader.NamespaceURI != SvgNamespace || !Elements.Contains(reader.LocalName) || (depth++ == 0 && reader.LocalName != "svg"))
                        {
                            return At($"l'élément « <{reader.Name}> » n'est pas un élément de dessin accepté");
                        }

                        inStyle = reader.LocalName == "style" && !reader.IsEmptyElement;
                        if (AttributeProblem(reader) is { } attribute)
                        {
                            return At(attribute);
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inStyle && CssProblem(reader.Value) is { } css:
                        return At(css);
                    case XmlNodeType.EndElement:
                        inStyle = false;
                        break;
                }
            }
        }
        catch (XmlException exception) when (exception.LineNumber == 0 && DoctypeAt(bytes) is { } doctype)
        {
            // The reader refuses a DOCTYPE (entities could read files or multiply text) without saying where it was.
            return new Diagnostic(ErrorCodes.UnsafeSvg, new SourcePosition(path, doctype.Line, doctype.Column),
                "une déclaration DOCTYPE n'est pas acceptée dans une image", Hint);
        }
        catch (XmlException exception)
        {
            return new Diagnostic(ErrorCodes.UnsafeSvg, new SourcePosition(path, Math.Max(1, exception.LineNumber), Math.Max(1, exception.LinePosition)),
                "ce fichier n'est pas un SVG lisible (XML mal formé)", Hint);
        }

        return null;
    }

    private static (int Line, int Column)? DoctypeAt(byte[] bytes)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var at = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return (1 + text.AsSpan(0, at).Count('\n'), at - lineStart + 1);
    }

    private static string? AttributeProblem(XmlReader reader)
    {
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            var name = reader.Name;
            if (reader.NamespaceURI == XmlnsNamespace)
            {
                continue;
            }

            if (reader.NamespaceURI is not ("" or XlinkNamespace or XmlNamespace))
            {
                return $"l'attribut « {name} » n'est pas un attribut de dessin accepté";
            }

            if (reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                return $"l'attribut « {name} » lancerait un script";
            }

            if (reader.LocalName == "href" && !reader.Value.TrimStart().StartsWith('#'))
            {
                return $"l'attribut « {name} » désigne une ressource hors du fichier";
            }

            if (CssProblem(reader.Value) is { } css)
            {
                return css;
            }
        }

        reader.MoveToElement();
        return null;
    }

    /// <summary>In a style, only references inside the file (<c>url(#id)</c>): anything else would load another resource.</summary>
    private static string? CssProblem(string value)
    {
        if (value.Contains("@import", StringComparison.OrdinalIgnoreCase) || value.Contains("expression(", StringComparison.OrdinalIgnoreCase)
            || value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)
            // A CSS escape can spell « url( » or « @import » in other letters.
            || value.Contains('\\', StringComparison.Ordinal))
        {
            return "un style charge une ressource ou lance un script";
        }

        for (var at = value.IndexOf("url(", StringComparison.OrdinalIgnoreCase);
            at >= 0;
            at = value.IndexOf("url(", at + 4, StringComparison.OrdinalIgnoreCase))
        {
            if (!value[(at + 4)..].TrimStart(' ', '\t', '\n', '\r', '"', '\'').StartsWith('#'))
            {
                return "un style désigne une ressource hors du fichier (url(…))";
            }
        }

        return null;
    }
}
