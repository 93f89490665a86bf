using StatiqPat.Content;

namespace StatiqPat.Fields;

/// <summary>What describing a schema needs: the vocabulary, so enumerations list today's values.</summary>
/// <param name="ForEditors">
/// Adds what the generators of templates and forms (<c>new</c>, the web form) need beyond validation: each field's
/// French label (<c>title</c>), the folder of referenced sheets (<c>x-fiche</c>), what one item of a list is called
/// and which texts are long. The published schemas stay free of the <c>x-</c> keywords: strict validators refuse them.
/// </param>
public sealed record SchemaContext(Vocabulary Vocabulary, bool ForEditors = false)
{
    public const string ReferenceKeyword = "x-fiche";
    public const string SingularKeyword = "x-singulier";
    public const string LongTextKeyword = "x-texte-long";
}
