using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace StatiqPat.Loading.Markdown;

/// <summary>The one Markdig pipeline of the build: built once, immutable, shared by every thread.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseFigures()
        .UseAutoIdentifiers(AutoIdentifierOptions.Default) // ASCII ids: "qui-ecrit", readable in a shared URL
        .UseEmphasisExtras()
        .Use<InternalLinkExtension>()
        .Use<ScrollableTableExtension>()
        .Use<EditorialAdviceExtension>()
        .Build();
}
