namespace SyntheticSite;

/// <summary>One entry of vocabulaire.yml or geographie.yml: its slug, French label and optional parent (a département's region).</summary>
public sealed record VocabularyTerm(string Slug, string Label, string? Parent);
