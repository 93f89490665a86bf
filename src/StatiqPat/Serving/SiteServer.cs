using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StatiqPat.Publishing;

namespace StatiqPat.Serving;

/// <summary>
/// Serves a built site on the loopback interface with the framework's Kestrel, the way Netlify would:
/// <c>/cas/x/</c> serves <c>cas/x/index.html</c>, unknown paths get <c>404.html</c> with status 404.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private SiteServer(WebApplication app) => this.app = app;

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:5080</c>.</summary>
    public string Address => app.Urls.First();

    /// <param name="port">0 picks a free port (tests run several servers at once).</param>
    /// <param name="live">For <c>servir</c>: pages get the reload script and the problem banner; null serves the files as they are.</param>
    public static async Task<SiteServer> StartAsync(string siteFolder, int port, LiveReload? live = null)
    {
        var root = Path.GetFullPath(siteFolder);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        app.Use((context, next) =>
        {
            foreach (var (name, value) in SecurityHeaders.All)
            {
                context.Response.Headers[name] = value;
            }

            context.Response.Headers["Content-Security-Policy"] = SecurityHeaders.PolicyFor(context.Request.Path.Value ?? "/");

            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        live?.Use(app, files);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes() });
        // A terminal middleware rather than a fallback endpoint: static files are not served once an endpoint matched.
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            if (live is null)
            {
                await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
            }
            else
            {
                await live.SendPageAsync(context, files.GetFileInfo("404.html"));
            }
        });
        await app.StartAsync();
        return new SiteServer(app);
    }

    /// <summary>
    /// The framework's list, plus the search index's own files, which Netlify serves like any other. Every text type
    /// says it is UTF-8, as Netlify does: the framework's list names none, and a browser left to guess reads an
    /// accented page or export (<c>text/html</c>, <c>text/csv</c>) in its locale's legacy encoding.
    /// </summary>
    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".wasm"] = "application/wasm";
        types.Mappings[".yml"] = "text/yaml";
        types.Mappings[".webmanifest"] = "application/manifest+json";
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter" })
        {
            types.Mappings[extension] = "application/octet-stream";
        }

        foreach (var (extension, type) in types.Mappings.ToList())
        {
            if (IsText(type) && !type.Contains("charset=", StringComparison.OrdinalIgnoreCase))
            {
                types.Mappings[extension] = type + "; charset=utf-8";
            }
        }

        return types;
    }

    /// <summary>Types whose bytes are characters: <c>text/*</c>, and JSON, XML, SVG and scripts under <c>application/</c> or <c>image/</c>.</summary>
    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal)
        || type is "application/json" or "application/javascript" or "application/xml" or "application/x-javascript"
        || type.EndsWith("+json", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal);

    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
