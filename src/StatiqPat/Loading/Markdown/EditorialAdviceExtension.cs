using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StatiqPat.Loading.Markdown;

/// <summary>
/// The one fenced block a sheet may use, <c>::: conseil</c> … <c>:::</c>: advice that no source states, which
/// the site must show as the editors' own. It renders as a note titled « Conseil de l'équipe éditoriale », so
/// a reader never mistakes it for a fact from the sources. Only the block form is enabled: the inline
/// <c>::text::</c> form of Markdig's custom containers would catch ordinary colons in French prose.
/// </summary>
public sealed class EditorialAdviceExtension : IMarkdownExtension
{
    /// <summary>The word after <c>:::</c> that opens an advice block.</summary>
    public const string Kind = "conseil";

    public const string Title = "Conseil de l'équipe éditoriale";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            // Before the fenced-code parser, as Markdig's own extension does, so ":::" is not read as text.
            pipeline.BlockParsers.InsertBefore<FencedCodeBlockParser>(new CustomContainerParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<AdviceRenderer>())
        {
            html.ObjectRenderers.Insert(0, new AdviceRenderer());
        }
    }

    /// <summary>
    /// A plain <c>div role="note"</c> rather than an <c>aside</c>: an aside inside <c>main</c> is a nested
    /// landmark, and several unnamed ones would be indistinguishable in a screen reader's landmark list.
    /// </summary>
    private sealed class AdviceRenderer : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer container)
        {
            renderer.EnsureLine();
            renderer.WriteLine("<div class=\"conseil\" role=\"note\">");
            renderer.Write("<p class=\"conseil-titre\">").WriteEscape(Title).WriteLine("</p>");
            renderer.WriteChildren(container);
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }
    }
}
