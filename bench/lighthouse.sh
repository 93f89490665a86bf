#!/usr/bin/env bash
# Lighthouse (mobile profile, performance only) on the search page of the real knowledge base, in each of its
# states: waiting for words, results, results widened by a synonym, nothing found. Prints one line per state
# with the score and the cumulative layout shift. The target (issue 19) is a score of 95 or more and a CLS
# below 0.1; the browser test Results_arriving_do_not_shift_the_page holds the CLS without throttling.
# Usage, from anywhere in a clone: bash bench/lighthouse.sh
# Needs: Chromium (or CHROMIUM_PATH), python3, npm (Lighthouse 12, which runs on Node 20, is fetched with npx).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work=bench/work
site=$work/lighthouse-site
mkdir -p "$work"
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[[ -x $chromium ]] || { echo "bench: Chromium is missing (apt-get install -y chromium, or set CHROMIUM_PATH)" >&2; exit 1; }

dotnet build src/StatiqPat -c Release -v q --nologo > "$work/build-statiqpat.log"
dotnet src/StatiqPat/bin/Release/net10.0/StatiqPat.dll build --sortie "$site" --forcer > "$work/lighthouse-build.log" 2>&1

# Served as plain files, as the bench of the search weight does.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" > /dev/null 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
sleep 1

echo "| état | adresse | performance | CLS | LCP (ms) |"
echo "| --- | --- | ---: | ---: | ---: |"
for state in "vide:" "résultats:coop%C3%A9ration" "synonymes:cantine" "aucun résultat:epinnal"; do
    name=${state%%:*}
    query=${state#*:}
    url="http://127.0.0.1:$port/recherche/${query:+?q=$query}"
    CHROME_PATH=$chromium npx --yes lighthouse@12.8.2 "$url" --only-categories=performance --quiet \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu" --output=json --output-path="$work/lighthouse.json" > /dev/null 2>&1
    python3 - "$work/lighthouse.json" "$name" "$url" << 'PY'
import json, sys
report = json.load(open(sys.argv[1]))
audits = report["audits"]
print(f"| {sys.argv[2]} | {sys.argv[3].split('/', 3)[3]} | {round(report['categories']['performance']['score'] * 100)} | "
      f"{audits['cumulative-layout-shift']['numericValue']:.3f} | {audits['largest-contentful-paint']['numericValue']:.0f} |")
PY
done
