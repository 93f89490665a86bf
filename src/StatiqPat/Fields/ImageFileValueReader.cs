using System.Text.Json.Nodes;
using StatiqPat.Content;
using StatiqPat.Diagnostics;
using StatiqPat.Loading.Markdown;
using YamlDotNet.RepresentationModel;

namespace StatiqPat.Fields;

/// <summary>The path of an image file under <c>input/</c>; the file must be a regular file of <c>input/images/</c> (no remote requests).</summary>
public sealed class ImageFileValueReader : ScalarValueReader<string>
{
    public override string Expected => "un chemin d'image depuis input/";

    public override JsonObject Describe(SchemaContext context) => new() { ["type"] = "string", ["pattern"] = "^/?images/" };

    public override string Text(string value) => value;

    protected override bool TryParse(string text, YamlNode node, ReadContext context, out string value)
    {
        value = text.TrimStart('/');
        if (InternalLinkExtension.IsRemote(value))
        {
            context.Error(ErrorCodes.RemoteImage, node, $"l'image « {value} » est hébergée sur un autre site",
                "le site ne charge rien d'ailleurs : déposez l'image dans input/images/ et écrivez images/nom.jpg");
            return false;
        }

        if (ImageReferences.Problem(value, context.At(node), context.Input) is { } problem)
        {
            context.Diagnostics.Add(problem);
            return false;
        }

        return true;
    }
}
