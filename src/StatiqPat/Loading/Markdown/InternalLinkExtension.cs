using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqPat.Routing;

namespace StatiqPat.Loading.Markdown;

/// <summary>
/// Turns contributor links such as <c>[la carto](outil:carto-collective)</c> into site URLs, and image
/// paths written from <c>input/</c> into root-relative URLs. The target is kept on the link as
/// <see cref="InternalLinkTarget"/> so the loader can check, once every sheet is known, that it exists.
/// </summary>
public sealed class InternalLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Rewrite;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Rewrite(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { Length: > 0 } url)
            {
                continue;
            }

            if (link.IsImage)
            {
                if (!IsRemote(url))
                {
                    link.SetData(typeof(ImagePath), new ImagePath(url.TrimStart('/')));
                    link.Url = "/" + url.TrimStart('/');
                }

                continue;
            }

            var target = InternalLinkTarget.Parse(url);
            if (target is not null)
            {
                link.SetData(typeof(InternalLinkTarget), target);
                link.Url = target.Kind is { } kind ? Urls.Of(kind, target.Slug) + target.Fragment : url;
            }
        }
    }

    public static bool IsRemote(string url) => url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal);
}
