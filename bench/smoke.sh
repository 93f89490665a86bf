#!/usr/bin/env bash
# Benchmark smoke test, run by .ci/run: the synthetic site must still build cleanly, and an incremental build
# after one edit must give exactly what a forced full build gives. It keeps bench/run.sh and peer-hugo.sh from
# measuring a failed build unnoticed (issue 30).
# Usage, from anywhere in a clone: bash bench/smoke.sh [CASES=300]
# Debug, not Release: `dotnet test` builds the generator in Debug right after in CI, so this build is not extra
# work there, while Release would add a second compile and the ahead-of-time step (about 2 minutes here) to
# save well under a second on a site this small. No search step, so no node_modules.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

cases=${1:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli=src/StatiqPat/bin/Debug/net10.0/StatiqPat.dll
generator=bench/SyntheticSite/bin/Debug/net10.0/SyntheticSite.dll

fail() {
    echo "bench smoke: ÉCHEC : $*" >&2
    exit 1
}

# build NAME ARGS...: one StatiqPat build; any error or warning fails, so the benchmark never times a broken site.
build() {
    local name=$1
    shift
    local log=$work/$name.log
    if ! dotnet "$cli" build --sans-recherche --input "$work/input" "$@" > "$log" 2>&1; then
        cat "$log" >&2
        fail "la construction « $name » du site synthétique a échoué"
    fi
    if grep -E ': (error|warning) PAT[0-9]+' "$log" > "$work/$name.problems"; then
        cat "$work/$name.problems" >&2
        fail "la construction « $name » signale des problèmes : le site synthétique doit se construire sans erreur ni avertissement"
    fi
    echo "   $name: $(grep -E '^[0-9]+ pages ' "$log" | tail -n 1)"
}

echo "== Benchmark smoke: building the generator and the synthetic-site tool (Debug)"
dotnet build bench/SyntheticSite -c Debug --nologo -v q > "$work/dotnet-build.log" 2>&1 \
    || { cat "$work/dotnet-build.log" >&2; fail "dotnet build bench/SyntheticSite"; }

echo "== Benchmark smoke: $cases synthetic cases"
dotnet "$generator" --cases "$cases" --out "$work/input" --input input \
    || fail "le générateur de site synthétique (bench/SyntheticSite) a échoué"

build full --output "$work/incremental"

# A contributor's edit: one more paragraph at the end of one case's body.
sheet=$(find "$work/input/cas" -name 'cas-synthetique-*.md' | sort | sed -n 1p)
printf '\nParagraphe ajouté par le test de fumée du banc.\n' >> "$sheet"
build incremental --output "$work/incremental"
if grep -q "Rien n'a changé" "$work/incremental.log"; then
    fail "la reconstruction n'a pas vu la modification de $(basename "$sheet")"
fi

build forced --forcer --output "$work/forced"
if ! diff -r "$work/incremental" "$work/forced" > "$work/diff.txt"; then
    head -n 40 "$work/diff.txt" >&2
    fail "la construction incrémentale diffère de la construction complète (build --forcer)"
fi
echo "== Benchmark smoke: incremental build identical to build --forcer"
