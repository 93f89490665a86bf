using StatiqPat.Diagnostics;
using StatiqPat.Tests.Support;

namespace StatiqPat.Tests;

/// <summary>
/// Front matters that used to kill <c>check</c> and <c>build</c> (a stack overflow, or an exception of the YAML
/// library that is not a <c>YamlException</c>, printed as a .NET stack trace), each now one diagnostic at its place.
/// Line 1 of a sheet is its opening <c>---</c>.
/// </summary>
public sealed class CrashingInputTests
{
    public static TheoryData<string, string, int, int, string> Inputs() => new()
    {
        // Stack overflow in the readers: a list or a block that contains itself through an alias.
        { "titre: &x [*x]", ErrorCodes.MalformedYaml, 2, 12, "l'alias « *x » répète le bloc qui le contient" },
        { "titre: x\nresume: &m\n  contexte: *m", ErrorCodes.MalformedYaml, 4, 13, "l'alias « *m » répète le bloc qui le contient" },
        // Stack overflow in YamlDotNet: the self-containing key is hashed while the mapping is built.
        { "? &k [*k]\n: 1", ErrorCodes.MalformedYaml, 2, 7, "l'alias « *k » répète le bloc qui le contient" },
        // An anchor written again on a block is that block from its first line on.
        { "a: &x 1\nb: &x [*x]", ErrorCodes.MalformedYaml, 3, 8, "l'alias « *x » répète le bloc qui le contient" },
        // Stack overflow in YamlDotNet: aliases used before their anchor become placeholders whose Equals recurses.
        { "*a : 1\n*a : 2\nb: &a x", ErrorCodes.MalformedYaml, 2, 1, "l'alias « *a » ne renvoie à aucune ancre « &a » écrite plus haut" },
        { "titre: *x", ErrorCodes.MalformedYaml, 2, 8, "l'alias « *x » ne renvoie à aucune ancre « &x » écrite plus haut" },
        // ArgumentException from YamlDotNet's TagName: empty, or not a URI once « + » is read as a space.
        { "titre: !<> abc", ErrorCodes.MalformedYaml, 2, 8, "l'étiquette « !<> » n'est pas valide" },
        { "titre: !<a+b> abc", ErrorCodes.MalformedYaml, 2, 8, "l'étiquette « !<a b> » n'est pas valide" },
        { "titre: !!a+b abc", ErrorCodes.MalformedYaml, 2, 8, "l'étiquette « !!a b » n'est pas valide" },
        { "!!a+b x: 1", ErrorCodes.MalformedYaml, 2, 1, "l'étiquette « !!a b » n'est pas valide" },
        // Deep enough nesting overflows YamlDotNet's recursive loading; a hundred levels is far beyond any sheet.
        { "titre: " + new string('[', 300) + new string(']', 300), ErrorCodes.MalformedYaml, 2, 107, "plus de 100 niveaux de blocs imbriqués" },
        // Not a crash but a hang (half a minute, more with one level added): nine aliases of nine aliases…
        { LaughingAliases(), ErrorCodes.MalformedYaml, 7, 8, "les alias (*nom) répètent plus de 100 000 valeurs" },
        // Not a crash, but "la clé «  » est inconnue" told nothing.
        { "? [a]: b", ErrorCodes.WrongType, 2, 3, "une clé doit être un nom simple" },
        { "{a: 1}: b", ErrorCodes.WrongType, 2, 1, "une clé doit être un nom simple" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_front_matter_that_used_to_crash_is_one_diagnostic_at_its_place(string yaml, string code, int line, int column, string message)
    {
        using var site = new InlineSite($"-- cas/x.md --\n---\n{yaml}\n---\n\nTexte.");

        var diagnostics = SiteBuilder.Check(new BuildOptions(site.Input));

        Assert.Contains(diagnostics, d => d.Code == code && d.Position == new SourcePosition("input/cas/x.md", line, column)
            && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dashes")]
    [InlineData("indentation")]
    public void Deep_block_nesting_without_a_bracket_is_still_caught(string form)
    {
        // The guard skips its event pass for texts it can prove shallow: nesting by block indicators or by indentation alone must not pass for that.
        var yaml = form == "dashes"
            ? "titre: x\nliste:\n  " + string.Concat(Enumerable.Repeat("- ", 150)) + "a"
            : "titre: x\n" + string.Concat(Enumerable.Range(0, 150).Select(i => new string(' ', i) + "a:\n")) + new string(' ', 150) + "b: 1";
        Assert.False(Loading.YamlShapeGuard.IsPlain(yaml));
        using var site = new InlineSite($"-- cas/x.md --\n---\n{yaml}\n---\n\nTexte.");

        var diagnostics = SiteBuilder.Check(new BuildOptions(site.Input));

        Assert.Contains(diagnostics, d => d.Code == ErrorCodes.MalformedYaml && d.Message.Contains("plus de 100 niveaux", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ordinary_front_matter_skips_the_guard_and_one_with_an_alias_does_not()
    {
        var sheet = File.ReadAllText(Path.Combine(Repository.Fixture("site"), "cas", "cas-reel.md")).Split("---")[1];
        Assert.True(Loading.YamlShapeGuard.IsPlain(sheet));
        Assert.False(Loading.YamlShapeGuard.IsPlain(sheet + "\nautre: *x"));
        Assert.False(Loading.YamlShapeGuard.IsPlain("titre: " + new string('[', 120) + new string(']', 120)));
    }

    private static string LaughingAliases()
    {
        var lines = new List<string> { "a: &a [~, ~, ~, ~, ~, ~, ~, ~, ~]" };
        for (var c = 'b'; c <= 'h'; c++)
        {
            var previous = (char)(c - 1);
            lines.Add($"{c}: &{c} [{string.Join(", ", Enumerable.Repeat($"*{previous}", 9))}]");
        }

        lines.Add($"titre: [{string.Join(", ", Enumerable.Repeat("*h", 9))}]");
        return string.Join('\n', lines);
    }
}
