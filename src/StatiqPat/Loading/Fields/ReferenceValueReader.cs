using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Loading.Fields;

/// <summary>The slug of another sheet (its file name without <c>.md</c>); whether it exists is checked once all files are read.</summary>
public sealed partial class ReferenceValueReader(ContentKind kind) : IValueReader<Reference>
{
    public string Expected => $"l'identifiant d'une fiche {kind.SingularLabel()}";

    public bool TryRead(YamlNode node, ReadContext context, out Reference value)
    {
        value = new Reference(kind, "", context.At(node));
        if (!Scalars.TryText(node, context, Expected, out var slug))
        {
            return false;
        }

        if (!SlugPattern().IsMatch(slug))
        {
            context.Error(ErrorCodes.InvalidValue, node, $"« {slug} » n'est pas un identifiant de fiche valide",
                $"un identifiant est le nom du fichier sans .md, en minuscules sans accents : {Slugs.From(slug)}");
            return false;
        }

        value = value with { Slug = slug };
        return true;
    }

    public JsonObject Describe(SchemaContext context)
    {
        var schema = new JsonObject { ["type"] = "string", ["pattern"] = SlugPattern().ToString() };
        if (context.MarkReferences)
        {
            schema[SchemaContext.ReferenceKeyword] = kind.Folder();
        }

        return schema;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
