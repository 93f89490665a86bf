using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StatiqPat.Rendering;

/// <summary>
/// Renders a Razor component to an HTML string with the framework's <see cref="HtmlRenderer"/>.
/// The encoder allows every Unicode range: French text stays readable ("é", not "&amp;#xE9;") while
/// markup characters are still escaped.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    // An HtmlRenderer keeps every component it rendered (they could become interactive), so one renderer over
    // 10,000 pages holds them all: 2 GB. A fresh one every few hundred pages keeps memory flat.
    private const int PagesPerRenderer = 200;

    // No byte-order mark: browsers and validators expect none, and the pages declare their charset.
    private static readonly System.Text.Encoding Utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private const int BufferSize = 64 * 1024;

    private readonly ServiceProvider services;
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
    /// <paramref name="destination"/>: written as it is produced, the page never exists as one big string.
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
            await using var writer = new StreamWriter(destination, Utf8, BufferSize, leaveOpen: true);
            output.WriteHtmlTo(writer);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
