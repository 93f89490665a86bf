#!/usr/bin/env bash
# Netlify build: its image has no recent .NET, so install the SDK that global.json pins, then build.
# Node and npm are on Netlify's image: the build installs Pagefind from package.json for the search index.
# Netlify sets CONTEXT (production, deploy-preview, branch-deploy) and the site addresses.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! dotnet --version >/dev/null 2>&1; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi

context="${CONTEXT:-production}"
if [ "$context" = "production" ]; then
  url="${URL:-}"
else
  # Previews point canonical URLs at themselves, and ask search engines not to index them.
  url="${DEPLOY_PRIME_URL:-}"
fi

preview=""
[ "$context" = "production" ] || preview="--apercu"
# The launcher builds the generator (this clone has none yet) with the dotnet found on PATH, then runs it; in Release,
# whose ahead-of-time code makes the build itself faster.
STATIQPAT_CONFIGURATION=Release ./statiqpat construire ${url:+--url "$url"} $preview

if [ "$context" != "production" ]; then
  printf '/*\n  X-Robots-Tag: noindex\n' >> output/_headers
fi
