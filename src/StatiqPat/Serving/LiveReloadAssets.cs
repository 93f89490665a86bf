namespace StatiqPat.Serving;

/// <summary>
/// The script and stylesheet that <c>servir</c> adds to every page it serves, from its own address: the site's
/// Content-Security-Policy allows only same-origin scripts and styles, nothing inline. Never part of a built site.
/// </summary>
public static class LiveReloadAssets
{
    public const string Prefix = "/_statiqpat/";
    public const string EventsPath = Prefix + "livereload";
    public const string ScriptPath = Prefix + "livereload.js";
    public const string StylesheetPath = Prefix + "livereload.css";

    /// <summary>
    /// Reloads the page when the server says it changed (or when the list of problems did), swaps stylesheets in
    /// place when only their names changed, and moves focus to the problem banner so a keyboard user lands on it.
    /// </summary>
    public const string Script = """
        (() => {
          'use strict';
          // The file this address serves, and the one it would serve once created: a 404 page reloads when its sheet appears.
          const path = location.pathname;
          const here = path.endsWith('/') ? path + 'index.html' : path;
          const folder = path.endsWith('/') || path.slice(path.lastIndexOf('/')).includes('.') ? here : path + '/index.html';
          const source = new EventSource('/_statiqpat/livereload');
          source.addEventListener('open', () => { document.documentElement.dataset.livereload = 'connecte'; });
          source.addEventListener('reload', (event) => {
            const changed = JSON.parse(event.data);
            if (changed.includes('*') || changed.includes(here) || changed.includes(folder)) {
              location.reload();
            }
          });
          source.addEventListener('css', (event) => {
            const renamed = JSON.parse(event.data);
            for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
              const next = renamed[new URL(link.href).pathname];
              if (next) {
                link.href = next;
              }
            }
          });
          const banner = document.getElementById('statiqpat-problemes-titre');
          if (banner) {
            banner.focus();
          }
        })();

        """;

    /// <summary>The banner's own rule, the first line of <see cref="Stylesheet"/>.</summary>
    private const string BannerRule = ".statiqpat-problemes { margin: 0; padding: 1rem; background: #fff0f0; color: #5c0000; "
        + "border-bottom: 4px solid #b00020; font: 1rem/1.5 system-ui, sans-serif; }";

    /// <summary>The problem banner: dark red on pale red (contrast above 10:1), long lines wrapped so it fits a 375 px screen.</summary>
    public const string Stylesheet = $$"""
        {{BannerRule}}
        .statiqpat-problemes h2 { margin: 0 0 .5rem; font-size: 1.15rem; }
        .statiqpat-problemes h2:focus { outline: 3px solid #5c0000; outline-offset: 2px; }
        .statiqpat-problemes p { margin: 0 0 .5rem; }
        .statiqpat-problemes ul { margin: 0; padding-left: 1.25rem; }
        .statiqpat-problemes a { color: #5c0000; }
        .statiqpat-problemes code { font-family: ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }

        """;
}
