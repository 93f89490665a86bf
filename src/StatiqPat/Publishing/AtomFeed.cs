using System.Globalization;
using System.Text;
using System.Xml;

namespace StatiqPat.Publishing;

/// <summary>An Atom 1.0 feed, written with no clock: every date comes from the sheets, so rebuilding changes nothing.</summary>
public static class AtomFeed
{
    public sealed record Entry(string Title, string Url, string Summary, DateOnly Updated);

    public static string Write(string title, string feedUrl, string siteUrl, IEnumerable<Entry> entries)
    {
        var list = entries.ToList();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriterUtf8(text), settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, "fr");
            xml.WriteElementString("title", atom, title);
            xml.WriteElementString("id", atom, feedUrl);
            xml.WriteElementString("updated", atom, Stamp(list.Count == 0 ? new DateOnly(2000, 1, 1) : list.Max(e => e.Updated)));
            Link(xml, atom, "self", feedUrl);
            Link(xml, atom, "alternate", siteUrl);
            foreach (var entry in list)
            {
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, entry.Title);
                xml.WriteElementString("id", atom, entry.Url);
                Link(xml, atom, "alternate", entry.Url);
                xml.WriteElementString("updated", atom, Stamp(entry.Updated));
                xml.WriteElementString("summary", atom, entry.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }

    private static void Link(XmlWriter xml, string atom, string rel, string href)
    {
        xml.WriteStartElement("link", atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>StringWriter reports UTF-16 by default, which would end up in the XML declaration.</summary>
    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
