namespace StatiqPat.Cli;

/// <summary>
/// The HTTP headers the local server sends, identical to those of <c>netlify.toml</c> (a test compares them),
/// so a page that would break under the production Content-Security-Policy breaks in the browser tests too.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static readonly IReadOnlyList<(string Name, string Value)> All =
    [
        ("Content-Security-Policy", ContentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
        ("X-Frame-Options", "DENY"),
    ];
}
