namespace StatiqPat.Theme.Models.Sources;

/// <summary>One document of the registry as <c>/sources/</c> shows it, with every sheet that cites it.</summary>
/// <param name="Id">Its identifier: the anchor sheets link their citations to.</param>
/// <param name="Facts">Title, producers, date and kind, each « non renseigné » when the document does not say.</param>
public sealed record SourceEntry(string Id, string Citation, IReadOnlyList<Facet> Facts, string Covers, IReadOnlyList<Link> Links, IReadOnlyList<Link> CitedBy);
