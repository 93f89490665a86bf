using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StatiqPat.Loading.Markdown;

/// <summary>
/// Wraps every Markdown table in a scroll container that keyboard users can reach: on a phone a wide
/// table scrolls sideways instead of overflowing the page, and WCAG asks that such a region be focusable.
/// Registered after the pipe-table extension, whose renderer it wraps.
/// </summary>
public sealed class ScrollableTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.Find<HtmlTableRenderer>() is { } tables)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer(tables));
        }
    }

    private sealed class ScrollableTableRenderer(HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.EnsureLine();
            renderer.WriteLine("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tableau, défilable horizontalement\">");
            inner.Write(renderer, table);
            renderer.WriteLine("</div>");
        }
    }
}
