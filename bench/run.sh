#!/usr/bin/env bash
# Benchmarks the whole `StatiqPat build` process (start-up, load, validation, rendering, writing) on the
# real input/ folder and on synthetic input folders of N cases, and prints a Markdown table of medians.
# Usage, from anywhere in a clone: bash bench/run.sh
# Environment: BENCH_SIZES (default "1000 10000"), BENCH_RUNS (default 3). See bench/README.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

sizes=${BENCH_SIZES:-"1000 10000"}
runs=${BENCH_RUNS:-3}
work=bench/work
cli=src/StatiqPat/bin/Release/net10.0/StatiqPat.dll
timer=/usr/bin/time

fail() {
    echo "bench: $*" >&2
    exit 1
}

[[ -x $timer ]] || fail "$timer is missing (GNU time); install it with: apt-get install -y time"
command -v dotnet > /dev/null || fail "dotnet is missing; install the .NET 10 SDK"
[[ $runs =~ ^[1-9][0-9]*$ ]] || fail "BENCH_RUNS must be a positive integer, not '$runs'"
for size in $sizes; do
    [[ $size =~ ^[1-9][0-9]*$ ]] || fail "BENCH_SIZES must list positive integers, not '$size'"
done

mkdir -p "$work"

# Runs a command quietly, keeping its output in a log that is shown only on failure.
logged() {
    local log=$1
    shift
    if ! "$@" > "$log" 2>&1; then
        tail -n 30 "$log" >&2
        fail "command failed: $* (full log: $log)"
    fi
}

# Median of the numbers on standard input, one per line.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Seconds from GNU time's "h:mm:ss" or "m:ss.ss" wall clock.
seconds() {
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f\n", s }'
}

# measure LABEL INPUT RUNS MODE: builds INPUT into bench/work/output-LABEL RUNS times under GNU time and
# writes one tab-separated line per run to bench/work/samples-LABEL.tsv: wall s, user+sys s, max RSS KiB, pages.
# MODE: "cold" (empty output folder, no search index), "search" (empty output folder, with the Pagefind step),
# "noop" (rebuild over the previous output with nothing changed, no search index), "one" (rebuild over the previous
# output after one case's text changed, no search index; its output is then compared with a forced full build).
measure() {
    local label=$1 input=$2 count=$3 mode=${4:-cold}
    local output=$work/output-$label samples=$work/samples-$label.tsv
    local flags=(--sans-recherche)
    [[ $mode == search ]] && flags=()
    : > "$samples"
    if [[ $mode == noop || $mode == one ]]; then
        logged "$work/build-$label-warm.log" dotnet "$cli" build --sans-recherche --input "$input" --output "$output"
    fi
    for run in $(seq 1 "$count"); do
        local log=$work/build-$label-run$run.log timing=$work/time-$label-run$run.txt
        [[ $mode == noop || $mode == one ]] || rm -rf "$output"
        if [[ $mode == one ]]; then
            # A contributor's edit: one more paragraph at the end of one case's body.
            local sheet
            sheet=$(find "$input/cas" -name '*.md' | sort | sed -n 1p)
            printf '\nParagraphe ajouté par le banc, passage %s.\n' "$run" >> "$sheet"
        fi
        if ! "$timer" -v -o "$timing" dotnet "$cli" build "${flags[@]}" --input "$input" --output "$output" > "$log" 2>&1; then
            tail -n 30 "$log" >&2
            fail "build of $input failed (full log: $log)"
        fi

        local wall cpu rss pages
        wall=$(awk -F': ' '/Elapsed \(wall clock\) time/ { print $NF }' "$timing" | seconds)
        cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.3f\n", s }' "$timing")
        rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$timing")
        pages=$(sed -nE 's/^([0-9]+) pages? \(.*$/\1/p' "$log" | tail -n 1)
        if [[ $mode == noop || $mode == one ]]; then
            # A rebuild over the warm-up build: its site has the warm-up build's pages, some of them rewritten.
            [[ $mode == one ]] || grep -q "Rien n'a changé" "$log" || fail "the no-op rebuild rebuilt something (full log: $log)"
            pages=$(sed -nE 's/^([0-9]+) pages? \(.*$/\1/p' "$work/build-$label-warm.log" | tail -n 1)
        fi
        [[ -n $pages ]] || fail "no page count in $log"
        printf '%s\t%s\t%s\t%s\n' "$wall" "$cpu" "$rss" "$pages" >> "$samples"
        echo "   run $run/$count: $pages pages, ${wall} s wall, ${cpu} s CPU, $(((rss + 512) / 1024)) MiB"
    done
    if [[ $mode == one ]]; then
        # The incremental result must be the full build's, byte for byte.
        logged "$work/build-$label-forced.log" dotnet "$cli" build --sans-recherche --forcer --input "$input" --output "$output-forced"
        diff -r -q "$output" "$output-forced" > "$work/diff-$label.txt" || fail "incremental and forced builds differ ($work/diff-$label.txt)"
        echo "   identical to build --forcer"
        rm -rf "$output-forced"
    fi
}

# pagefind_alone LABEL SITE: Pagefind's own CLI over an already built site, for comparison with the search step.
pagefind_alone() {
    local label=$1 site=$2 timing=$work/time-$1.txt
    [[ -x node_modules/.bin/pagefind ]] || logged "$work/npm-install.log" npm install --no-audit --no-fund
    logged "$work/pagefind-$label.log" "$timer" -v -o "$timing" node_modules/.bin/pagefind --site "$site" --quiet
    local wall
    wall=$(awk -F': ' '/Elapsed \(wall clock\) time/ { print $NF }' "$timing" | seconds)
    echo "| $label | | $wall | | | |" >> "$work/pagefind-rows.md"
}

# row NAME LABEL: one table row from bench/work/samples-LABEL.tsv.
row() {
    local name=$1 samples=$work/samples-$2.tsv
    local wall cpu rss pages
    wall=$(cut -f1 "$samples" | median)
    cpu=$(cut -f2 "$samples" | median)
    rss=$(cut -f3 "$samples" | median)
    pages=$(cut -f4 "$samples" | median)
    awk -v n="$name" -v p="$pages" -v w="$wall" -v c="$cpu" -v r="$rss" \
        'BEGIN { printf "| %s | %d | %.2f | %.2f | %.0f | %.0f |\n", n, p, w, c, r / 1024, p / w }'
}

echo "== Building the generator and the synthetic-site tool (Release)"
logged "$work/build-statiqpat.log" dotnet build src/StatiqPat -c Release --nologo
logged "$work/build-syntheticsite.log" dotnet build bench/SyntheticSite -c Release --nologo

echo "== Real input (input/), 1 run"
measure real input 1
: > "$work/pagefind-rows.md"

for size in $sizes; do
    echo "== Synthetic input, $size cases: generating bench/work/input-$size"
    rm -rf "$work/input-$size"
    logged "$work/generate-$size.log" dotnet run --project bench/SyntheticSite -c Release --no-build -- \
        --cases "$size" --out "$work/input-$size" --input input
    echo "== $size cases, cold build without search: $runs run(s)"
    measure "$size" "$work/input-$size" "$runs" cold
    echo "== $size cases, Pagefind's CLI alone over that output"
    pagefind_alone "$size pagefind seul" "$work/output-$size"
    echo "== $size cases, cold build with the search step: $runs run(s)"
    measure "$size-search" "$work/input-$size" "$runs" search
    echo "== $size cases, no-op rebuild (nothing changed): $runs run(s)"
    measure "$size-noop" "$work/input-$size" "$runs" noop
    echo "== $size cases, rebuild after one case's text changed: $runs run(s)"
    measure "$size-one" "$work/input-$size" "$runs" one
done

results=$work/results.md
{
    echo "Machine: $(nproc) CPU, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | sed -n 1p), .NET SDK $(dotnet --version)."
    echo "Commit: $(git rev-parse --short HEAD 2> /dev/null || echo unknown). Runs per synthetic size: $runs (real input: 1)."
    echo
    echo "| N | pages | wall median (s) | CPU median (s) | peak RSS median (MiB) | pages/s |"
    echo "|---|---|---|---|---|---|"
    row "input/ (réel)" real
    for size in $sizes; do
        row "$size sans recherche" "$size"
        row "$size avec recherche" "$size-search"
        row "$size reconstruction sans changement" "$size-noop"
        row "$size reconstruction après un cas modifié" "$size-one"
    done
    cat "$work/pagefind-rows.md"
} > "$results"

echo
cat "$results"
echo
echo "Raw logs and samples: $work/ (results: $results)"
