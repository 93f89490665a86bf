using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>
/// A GitHub repository as <c>owner/name</c>, with the characters GitHub allows: the web form writes sheets there
/// and the value ends up in an API path, so anything else (a path such as <c>../x</c>, a full address) is refused.
/// </summary>
public sealed partial class GitHubRepositoryValueReader : ScalarValueReader<string>
{
    public override string Expected => "un dépôt GitHub (organisation/nom)";

    public override JsonObject Describe(SchemaContext context) => new() { ["type"] = "string", ["pattern"] = Pattern().ToString() };

    public override string Text(string value) => value;

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out string value)
    {
        value = text;
        if (Pattern().IsMatch(text))
        {
            return true;
        }

        // The usual slip is pasting the repository's address: the hint then gives the part to keep.
        var hint = Address().Match(text) is { Success: true } address && Pattern().IsMatch(address.Groups["repository"].Value)
            ? $"écrivez seulement l'organisation et le nom du dépôt, sans l'adresse de GitHub : depot: {address.Groups["repository"].Value}"
            : "écrivez l'organisation (ou le compte) GitHub, une barre oblique, puis le nom du dépôt : depot: organisation/nom-du-depot";
        context.Error(ErrorCodes.InvalidValue, node, $"« {text} » n'est pas un dépôt GitHub de la forme organisation/nom", hint);
        return false;
    }

    /// <summary>
    /// GitHub's own rules: an owner of 1 to 39 letters, digits and single inner dashes; a name of 1 to 100 letters,
    /// digits, dots, dashes and underscores, other than « . » and « .. ». Kept ECMAScript-compatible for the schema.
    /// </summary>
    [GeneratedRegex(@"^(?=[A-Za-z0-9-]{1,39}/)[A-Za-z0-9]+(-[A-Za-z0-9]+)*/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"github\.com[:/](?<repository>[^/]+/[^/]+?)(\.git)?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
