namespace StatiqPat.Content;

/// <summary>Where a sheet's facts come from: a document of the registry, or another reference (a public web page), and what it brings.</summary>
public sealed record Source
{
    /// <summary>The document of <c>input/sources.yml</c> cited, by its identifier.</summary>
    public Term? Registered { get; init; }

    /// <summary>A reference outside the registry (a web address or a publication), when <see cref="Registered"/> is not given.</summary>
    public string Reference { get; init; } = "";
    public string? Note { get; init; }
}
