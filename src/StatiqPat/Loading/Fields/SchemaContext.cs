using StatiqPat.Content;

namespace StatiqPat.Loading.Fields;

/// <summary>What describing a schema needs: the vocabulary, so enumerations list today's values.</summary>
public sealed record SchemaContext(Vocabulary Vocabulary);
