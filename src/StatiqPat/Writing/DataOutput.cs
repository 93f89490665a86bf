namespace StatiqPat.Writing;

/// <summary>
/// Files that are not pages (feeds, exports, copied images…), made together by <paramref name="Write"/>. Like a page,
/// the group has a key: a later build whose group has the same key keeps its files without making them again.
/// </summary>
/// <param name="Id">Names the group in the build's state, beside the pages' URLs: never a URL itself.</param>
public sealed record DataOutput(string Id, ulong Key, Action<IOutputSink> Write);
