using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Text;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>The slug of another sheet (its file name without <c>.md</c>); whether it exists is checked once all files are read.</summary>
public sealed partial class ReferenceValueReader(ContentKind kind) : ScalarValueReader<Reference>
{
    public override string Expected => $"l'identifiant d'une fiche {kind.SingularLabel()}";

    public override JsonObject Describe(SchemaContext context)
    {
        var schema = new JsonObject { ["type"] = "string", ["pattern"] = SlugPattern().ToString() };
        if (context.ForEditors)
        {
            schema[SchemaContext.ReferenceKeyword] = kind.Folder();
        }

        return schema;
    }

    public override string Text(Reference value) => value.Slug;

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out Reference value)
    {
        value = new Reference(kind, text, context.At(node));
        if (SlugPattern().IsMatch(text))
        {
            return true;
        }

        context.Error(ErrorCodes.InvalidValue, node, $"« {text} » n'est pas un identifiant de fiche valide",
            $"un identifiant est le nom du fichier sans .md, en minuscules sans accents : {Slugs.From(text)}");
        return false;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
