namespace StatiqPat.Loading.Markdown;

/// <summary>An image path as written, relative to <c>input/</c>, kept on the Markdig node before its URL is rewritten.</summary>
public sealed record ImagePath(string Path);
