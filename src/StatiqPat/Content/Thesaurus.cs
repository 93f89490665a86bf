namespace StatiqPat.Content;

/// <summary>The contents of <c>input/thesaurus.yml</c> (optional): the synonyms and sigles search expands.</summary>
public sealed record Thesaurus
{
    public static readonly Thesaurus None = new();

    public IReadOnlyList<SynonymGroup> Groups { get; init; } = [];
}
