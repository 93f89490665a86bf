using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace StatiqPat.Tests.Fuzz;

/// <summary>Generates and applies <see cref="Mutation"/>s at the byte level, so invalid UTF-8 is as reachable as bad YAML.</summary>
public static class Mutations
{
    /// <summary>
    /// What YAML and Markdown give meaning to (brackets, braces, quotes, colons, dashes, tabs, anchors, aliases,
    /// tags, directives, merge keys, document markers), plus control characters and bytes that are not UTF-8.
    /// </summary>
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "[", "]", "{", "}", "\"", "'", ":", ": ", "-", "- ", "---", "...", "\t", "\n", "\r", "\r\n", " ", "  ", "#", ",", "?", "? ",
            "|", ">", "&a ", "*a", "*a ", "&a [*a]", "<<: *a", "!!int ", "!!str ", "!custom ", "!<> ", "!!a+b ", "!<%25> ", "%YAML 1.2\n",
            "%TAG !e! tag:e,2000:\n", "? [a]\n: b\n", "[a]: b", "{a: 1}: b", "\"\\uD800\"", "\"\\U00110000\"", "\\", "`", "<div>", "# Titre\n",
            "![](", "](cas:", "\0", "\u0001", "\u001b", "\u007f", "\u0085", "\u2028", "\uFEFF", "é", "\U0001F600",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC3], [0xE9], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
    ];

    private static readonly byte[] SyntaxCharacters = "[]{}\"':-\t&*!|>#?,%@`".Select(c => (byte)c).ToArray();

    public static Gen<FuzzCase> Cases(int sources) =>
        from source in Gen.Choose(0, sources - 1)
        from count in Gen.Choose(1, 4)
        from mutations in Gen.ArrayOf(Mutation(), count)
        select new FuzzCase(source, mutations);

    private static Gen<Mutation> Mutation() =>
        from kind in Gen.Elements(Enum.GetValues<MutationKind>())
        from at in Gen.Choose(0, int.MaxValue)
        from other in Gen.Choose(0, int.MaxValue)
        from payload in Gen.Choose(0, int.MaxValue)
        select new Mutation(kind, at, other, payload);

    public static byte[] Apply(byte[] original, IEnumerable<Mutation> mutations) =>
        mutations.Aggregate(original, Apply);

    private static byte[] Apply(byte[] bytes, Mutation m)
    {
        var lines = SplitLines(bytes);
        return m.Kind switch
        {
            MutationKind.Truncate => bytes[..(bytes.Length == 0 ? 0 : m.Where % bytes.Length)],
            MutationKind.DeleteLine => Join(lines.Where((_, i) => i != m.Where % lines.Count)),
            MutationKind.DuplicateLine => Join(lines.SelectMany((l, i) => i == m.Where % lines.Count ? new[] { l, l } : [l])),
            MutationKind.SwapLines => Join(Swap(lines, m.Where % lines.Count, m.Other % lines.Count)),
            MutationKind.InsertToken => Insert(bytes, m.Where, Tokens[m.Payload % Tokens.Length]),
            MutationKind.RemoveSyntaxCharacter => RemoveSyntaxCharacter(bytes, m.Where),
            MutationKind.InsertBytes => Insert(bytes, m.Where, new[] { (byte)m.Payload, (byte)(m.Payload >> 8) }[..(1 + m.Other % 2)]),
            _ => bytes,
        };
    }

    /// <summary>Lines without their <c>\n</c>; a file is always at least one (possibly empty) line.</summary>
    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        lines.Add(bytes[start..]);
        return lines;
    }

    private static byte[] Join(IEnumerable<byte[]> lines) =>
        [.. lines.SelectMany((line, i) => i == 0 ? line : [(byte)'\n', .. line])];

    private static IEnumerable<byte[]> Swap(List<byte[]> lines, int a, int b)
    {
        var copy = lines.ToArray();
        (copy[a], copy[b]) = (copy[b], copy[a]);
        return copy;
    }

    private static byte[] Insert(byte[] bytes, int where, byte[] token)
    {
        var at = where % (bytes.Length + 1);
        return [.. bytes[..at], .. token, .. bytes[at..]];
    }

    /// <summary>Removes the first syntax character at or after a random point (wrapping around), if the file has one.</summary>
    private static byte[] RemoveSyntaxCharacter(byte[] bytes, int where)
    {
        for (var step = 0; step < bytes.Length; step++)
        {
            var i = (where % bytes.Length + step) % bytes.Length;
            if (Array.IndexOf(SyntaxCharacters, bytes[i]) >= 0)
            {
                return [.. bytes[..i], .. bytes[(i + 1)..]];
            }
        }

        return bytes;
    }
}
