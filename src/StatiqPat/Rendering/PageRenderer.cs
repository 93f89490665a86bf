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
    private readonly ServiceProvider services;
    private readonly HtmlRenderer renderer;

    public PageRenderer()
    {
        services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
    }

    /// <summary>Renders <typeparamref name="TComponent"/>, whose single parameter is named <c>Model</c>.</summary>
    public Task<string> RenderAsync<TComponent>(object model)
        where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
            var output = await renderer.RenderComponentAsync<TComponent>(parameters);
            return output.ToHtmlString();
        });

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
