using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using StatiqPat.Diagnostics;
using StatiqPat.Writing;

namespace StatiqPat.Serving;

/// <summary>
/// What <c>servir</c> adds to the plain server: an event stream that tells open pages what a rebuild changed, the
/// script that listens to it, and the problem banner while the last edit does not build. Both are added to HTML
/// responses as they are served, so the built files never contain them.
/// </summary>
public sealed class LiveReload(string servedFolder)
{
    private readonly ConcurrentDictionary<Channel<string>, bool> listeners = new();
    private volatile string? banner;
    private CancellationToken stopping;

    /// <summary>Registers the stream, the script, the stylesheet and the injection into pages; call before the static files.</summary>
    public void Use(WebApplication app, IFileProvider files)
    {
        // Event streams never end by themselves: without this, stopping the server would wait for every open page.
        stopping = app.Lifetime.ApplicationStopping;
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            switch (path)
            {
                case LiveReloadAssets.EventsPath:
                    await StreamAsync(context);
                    return;
                case LiveReloadAssets.ScriptPath:
                    await SendAsync(context, "text/javascript; charset=utf-8", LiveReloadAssets.Script);
                    return;
                case LiveReloadAssets.StylesheetPath:
                    await SendAsync(context, "text/css; charset=utf-8", LiveReloadAssets.Stylesheet);
                    return;
            }

            // The default-files middleware has already turned /cas/x/ into /cas/x/index.html. The form is Decap's page: left alone.
            if (path.EndsWith(".html", StringComparison.Ordinal) && !path.StartsWith("/admin/", StringComparison.Ordinal)
                && files.GetFileInfo(path) is { Exists: true, IsDirectory: false } page)
            {
                await SendPageAsync(context, page);
                return;
            }

            await next(context);
        });
    }

    /// <summary>Sends a page with the script and, while the last edit does not build, the problem banner.</summary>
    public async Task SendPageAsync(HttpContext context, IFileInfo page)
    {
        string html;
        using (var reader = new StreamReader(page.CreateReadStream(), Encoding.UTF8))
        {
            html = await reader.ReadToEndAsync(context.RequestAborted);
        }

        await SendAsync(context, "text/html; charset=utf-8", Inject(html, banner));
    }

    /// <summary>Adds the stylesheet and script at the end of the head, and the banner at the start of the body.</summary>
    public static string Inject(string html, string? banner)
    {
        const string Tags = $"<link rel=\"stylesheet\" href=\"{LiveReloadAssets.StylesheetPath}\">"
            + $"<script src=\"{LiveReloadAssets.ScriptPath}\" defer></script>";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        html = head < 0 ? Tags + html : html.Insert(head, Tags);
        if (banner is not null && html.IndexOf("<body", StringComparison.OrdinalIgnoreCase) is var body and >= 0
            && html.IndexOf('>', body) is var open and >= 0)
        {
            html = html.Insert(open + 1, banner);
        }

        return html;
    }

    /// <summary>
    /// A rebuild succeeded: pages that changed reload, every page reloads if the banner goes away, and a change of stylesheet names alone is
    /// swapped in place.
    /// </summary>
    public void Published(SiteChanges changes)
    {
        var hadBanner = banner is not null;
        banner = null;
        if (hadBanner)
        {
            Broadcast("reload", JsonSerializer.Serialize(new[] { "*" }));
            return;
        }

        if (changes.StylesheetRenames.Count > 0)
        {
            Broadcast("css", JsonSerializer.Serialize(changes.StylesheetRenames.ToDictionary(r => "/" + r.Key, r => "/" + r.Value)));
        }

        var pages = changes.Written.Concat(changes.Deleted)
            .Where(path => path.EndsWith(".html", StringComparison.Ordinal) && !changes.RestyledPages.Contains(path))
            .Select(path => "/" + path)
            .ToArray();
        if (pages.Length > 0)
        {
            Broadcast("reload", JsonSerializer.Serialize(pages));
        }
    }

    /// <summary>A rebuild failed: the site stays as it was, and every page shows the problems.</summary>
    public void Failed(IReadOnlyList<Diagnostic> problems)
    {
        banner = ProblemBanner.Render(problems, servedFolder);
        Broadcast("reload", JsonSerializer.Serialize(new[] { "*" }));
    }

    private static async Task SendAsync(HttpContext context, string type, string content)
    {
        context.Response.ContentType = type;
        // Always the latest version: the page may change at the next save.
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(content, context.RequestAborted);
    }

    private void Broadcast(string name, string data)
    {
        foreach (var listener in listeners.Keys)
        {
            listener.Writer.TryWrite($"event: {name}\ndata: {data}\n\n");
        }
    }

    private async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var listener = Channel.CreateUnbounded<string>();
        listeners[listener] = true;
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // Reconnect quickly after servir is restarted.
            await context.Response.WriteAsync("retry: 500\n\n", ended.Token);
            await context.Response.Body.FlushAsync(ended.Token);
            await foreach (var message in listener.Reader.ReadAllAsync(ended.Token))
            {
                await context.Response.WriteAsync(message, ended.Token);
                await context.Response.Body.FlushAsync(ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            listeners.TryRemove(listener, out _);
        }
    }
}
