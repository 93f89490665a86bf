#!/usr/bin/env bash
# Search at scale. Three figures for N synthetic cases:
#  1. the search step of a full build (stage « recherche »: Pagefind over the sheet and editorial pages), with
#     the build's peak memory (GNU time counts the Pagefind process it waits for);
#  2. Pagefind's own CLI over Hugo's build of N cases of the same size (the peer corpus of ../shared/bench);
#  3. the bytes a reader's browser downloads for the first results of a query on the built site, cold cache.
# Usage, from anywhere in a clone: bash bench/search.sh [N=10000] [QUERY=coopération]
# Needs: hugo and GNU time (apt-get install -y hugo time), python3, Chromium (or CHROMIUM_PATH), npm install done.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

n=${1:-10000}
query=${2:-coopération}
work=bench/work
peers=../shared/bench
mkdir -p "$work"
for tool in hugo python3 /usr/bin/time; do
    command -v "$tool" > /dev/null || { echo "bench: $tool is missing (apt-get install -y hugo time python3)" >&2; exit 1; }
done
[[ -x node_modules/.bin/pagefind ]] || npm install --no-audit --no-fund > "$work/npm-install.log" 2>&1

dotnet build src/StatiqPat -c Release -v q --nologo > "$work/build-statiqpat.log"
dotnet build bench/SearchWeight -c Release -v q --nologo > "$work/build-searchweight.log"
if [[ ! -d $work/input-$n ]]; then
    dotnet run --project bench/SyntheticSite -c Release -- --cases "$n" --out "$work/input-$n" --input input > /dev/null
fi

# 1. Our search step, inside a full build.
site=$work/search-site-$n
rm -rf "$site"
/usr/bin/time -f '%e %M' -o "$work/search-time.txt" \
    dotnet src/StatiqPat/bin/Release/net10.0/StatiqPat.dll build --input "$work/input-$n" --output "$site" --forcer \
    > "$work/search-build.log" 2>&1
step_ms=$(awk '$1 == "recherche" { print $2 }' "$work/search-build.log")
read -r build_wall build_peak < "$work/search-time.txt"

# 2. Pagefind alone over Hugo's output of the same corpus.
hugo_site=$work/hugo-$n
if [[ ! -d $hugo_site/content ]]; then
    python3 "$peers/gen_corpus.py" "$n" "$hugo_site" --layout hugo > /dev/null
    cp -r "$peers/hugo-site/"* "$hugo_site/"
fi
rm -rf "$work/hugo-out-$n"
hugo --quiet -s "$hugo_site" -d "$(pwd)/$work/hugo-out-$n" > /dev/null
/usr/bin/time -f '%e %M' -o "$work/pagefind-hugo-time.txt" node_modules/.bin/pagefind --site "$work/hugo-out-$n" --quiet > /dev/null
read -r hugo_wall hugo_peak < "$work/pagefind-hugo-time.txt"

# 3. First query, served locally (no compression: Pagefind's index files are compressed already).
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" > /dev/null 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
sleep 1
dotnet bench/SearchWeight/bin/Release/net10.0/SearchWeight.dll "http://127.0.0.1:$port" "$query" > "$work/search-weight.txt"

echo "| N | étape recherche (s) | pic de la construction (Mio) | Pagefind seul sur la sortie de Hugo (s) | son pic (Mio) | première requête « $query » (Kio) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
awk -v n="$n" -v step="$step_ms" -v peak="$build_peak" -v hw="$hugo_wall" -v hp="$hugo_peak" \
    -v kib="$(tail -n 1 "$work/search-weight.txt" | sed -E 's/.*\(([0-9.]+) KiB\).*/\1/')" \
    'BEGIN { printf "| %d | %.1f | %.0f | %.1f | %.0f | %s |\n", n, step / 1000, peak / 1024, hw, hp / 1024, kib }'
echo "(détail de la première requête : $work/search-weight.txt ; journal de la construction : $work/search-build.log)"
