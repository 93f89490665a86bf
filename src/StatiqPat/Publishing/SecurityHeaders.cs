using StatiqPat.Routing;

namespace StatiqPat.Publishing;

/// <summary>
/// The HTTP headers the local server sends, identical to those of <c>netlify.toml</c> (a test compares them),
/// so a page that would break under the production Content-Security-Policy breaks in the browser tests too.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The web form only, and only what Decap CMS 3.16 was seen to need: 'unsafe-eval' (its configuration check
    /// compiles validators at run time; without it the form stops at "Error loading the CMS configuration"),
    /// 'unsafe-inline' styles (CSS in JS), blob: images (upload previews), GitHub's API for the repository's files and
    /// the contributor's avatar. Login goes through a Netlify popup, which a policy does not govern.
    /// </summary>
    public const string AdminContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob: https://avatars.githubusercontent.com; font-src 'self'; connect-src 'self' https://api.github.com; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy of a requested path, as the generated <c>_headers</c> gives it on Netlify.</summary>
    public static string PolicyFor(string path) =>
        path.StartsWith("/" + Urls.Admin + "/", StringComparison.Ordinal) || path == "/" + Urls.Admin
            ? AdminContentSecurityPolicy
            : ContentSecurityPolicy;

    /// <summary>Headers sent everywhere, from the <c>/*</c> rule of netlify.toml; the policy comes from <see cref="PolicyFor"/>.</summary>
    public static readonly IReadOnlyList<(string Name, string Value)> All =
    [
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ("X-Frame-Options", "DENY"),
    ];
}
