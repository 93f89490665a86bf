using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StatiqPat.Rendering;

/// <summary>
/// Renders a Razor component to HTML with the framework's <see cref="HtmlRenderer"/>.
/// The encoder allows every Unicode range: French text stays readable ("é", not "&amp;#xE9;") while
/// markup characters are still escaped.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    // An HtmlRenderer keeps every component it rendered (they could become interactive), so one renderer over
    // 10,000 pages holds them all: 2 GB. A fresh one every few hundred pages keeps memory flat.
    private const int PagesPerRenderer = 200;

    private readonly ServiceProvider services;
    private readonly Utf8PageBuffer buffer = new();
    private HtmlRenderer renderer;
    private int rendered;

    public PageRenderer()
    {
        services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
    }

    /// <summary>
    /// Renders <typeparamref name="TComponent"/>, whose single parameter is named <c>Model</c>, as UTF-8 into
    /// <paramref name="destination"/> in one write. The page is built in this renderer's own buffers, reused from
    /// page to page: a writer per page cost two large buffers each time, most of a big build's allocations.
    /// </summary>
    public async Task RenderToAsync<TComponent>(object model, Stream destination)
        where TComponent : IComponent
    {
        if (++rendered % PagesPerRenderer == 0)
        {
            await renderer.DisposeAsync();
            renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        }

        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
            var output = await renderer.RenderComponentAsync<TComponent>(parameters);
            output.WriteHtmlTo(buffer.Writer);
        });
        buffer.WriteTo(destination);
    }

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
