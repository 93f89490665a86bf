using StatiqPat.Content;

namespace StatiqPat.Loading.Fields;

/// <summary>What describing a schema needs: the vocabulary, so enumerations list today's values.</summary>
/// <param name="MarkReferences">
/// Adds <c>x-fiche</c> (the folder of the sheet kind) to references, for the generators that offer existing sheets as
/// choices (<c>new</c>, the web form). The published schemas stay free of it: strict validators refuse unknown keywords.
/// </param>
public sealed record SchemaContext(Vocabulary Vocabulary, bool MarkReferences = false)
{
    public const string ReferenceKeyword = "x-fiche";
}
