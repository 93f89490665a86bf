using StatiqPat.Content;

namespace StatiqPat.Loading;

/// <summary>What a sheet's record gets from its file rather than its front matter.</summary>
public sealed record SheetSource(string Slug, string Path, MarkdownBody Body, ulong Version, ulong FrontMatterVersion);
