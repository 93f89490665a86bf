#!/usr/bin/env bash
# Benchmarks live authoring with `StatiqPat servir`: for one case sheet, the rebuild time servir prints (T) and the
# time from the save to the browser showing the change, on a copy of the real input/ folder and on a synthetic
# input of N cases. Prints one Markdown table and appends it to bench/work/live.md.
# Usage, from anywhere in a clone: bash bench/live.sh
# Environment: BENCH_LIVE_CASES (default 10000), BENCH_LIVE_RUNS (default 5), CHROMIUM_PATH. See bench/README.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

cases=${BENCH_LIVE_CASES:-10000}
runs=${BENCH_LIVE_RUNS:-5}
work=bench/work
cli=src/StatiqPat/bin/Release/net10.0/StatiqPat.dll
timing=bench/LiveTiming/bin/Release/net10.0/LiveTiming.dll
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}

fail() {
    echo "bench: $*" >&2
    exit 1
}

command -v dotnet > /dev/null || fail "dotnet est introuvable : installez le SDK .NET 10 (https://dot.net)."
[[ -x $chromium ]] || fail "Chromium est introuvable ($chromium) : installez-le avec « apt-get install -y chromium », ou indiquez un autre navigateur dans CHROMIUM_PATH."
[[ $runs =~ ^[1-9][0-9]*$ ]] || fail "BENCH_LIVE_RUNS doit être un entier positif, pas « $runs »."
[[ $cases =~ ^[1-9][0-9]*$ ]] || fail "BENCH_LIVE_CASES doit être un entier positif, pas « $cases »."

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

# measure NAME LABEL INPUT: runs LiveTiming over a scratch copy of INPUT in bench/work/live-NAME/ (input/ and site/,
# both fresh so that servir starts cold); its table goes to bench/work/live-NAME.md, its progress to the terminal
# and to bench/work/live-NAME.log.
measure() {
    local name=$1 label=$2 input=$3 scratch=$work/live-$1
    rm -rf "$scratch"
    mkdir -p "$scratch"
    cp -r "$input" "$scratch/input"
    # Progress (stderr) is shown and logged; the table (stdout) is kept apart for the summary.
    dotnet "$timing" --cli "$cli" --input "$scratch/input" --output "$scratch/site" --runs "$runs" --label "$label" \
        > "$work/live-$name.md" 2> >(tee "$work/live-$name.log" >&2) \
        || fail "LiveTiming failed on $label (log: $work/live-$name.log)"
}

echo "== Building StatiqPat and the benchmark tools (Release)"
logged "$work/build-statiqpat.log" dotnet build src/StatiqPat -c Release --nologo
logged "$work/build-syntheticsite.log" dotnet build bench/SyntheticSite -c Release --nologo
logged "$work/build-livetiming.log" dotnet build bench/LiveTiming -c Release --nologo

# Other work on the machine (a build, a test run) slows everything down: the summary says how busy it was.
load=$(cut -d ' ' -f 1-3 /proc/loadavg)

echo "== Real input (copy of input/), $runs run(s)"
measure real "input/ (réel)" input

echo "== Synthetic input, $cases cases: generating bench/work/input-$cases"
rm -rf "$work/input-$cases"
logged "$work/generate-$cases.log" dotnet run --project bench/SyntheticSite -c Release --no-build -- \
    --cases "$cases" --out "$work/input-$cases" --input input
echo "== $cases cases, $runs run(s) (the first build takes a while)"
measure synthetic "$cases cas synthétiques" "$work/input-$cases"

load_after=$(cut -d ' ' -f 1-3 /proc/loadavg)
summary=$work/live-summary.md
{
    echo "Live authoring, $(date -u '+%Y-%m-%d %H:%M UTC'). Commit: $(git rev-parse --short HEAD 2> /dev/null || echo unknown)$(git diff --quiet HEAD -- src theme 2> /dev/null || echo ' (with uncommitted changes in src/ or theme/)')."
    echo "Machine: $(nproc) CPU, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | sed -n 1p), .NET SDK $(dotnet --version), $("$chromium" --version 2> /dev/null | sed -n 1p). Load average before the runs: $load, after: $load_after."
    echo
    cat "$work/live-real.md"
    # The second table's rows only, under the first one's header.
    tail -n +3 "$work/live-synthetic.md"
} > "$summary"

{
    cat "$summary"
    echo
} >> "$work/live.md"

echo
cat "$summary"
echo
echo "Targets: input/ text edit T ≤ 100 ms and save→browser ≤ 500 ms; 10,000 cases: text edit T ≤ 300 ms, type edit T ≤ 1 s."
echo "Logs: $work/live-*.log; all results so far: $work/live.md"
