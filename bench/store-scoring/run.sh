#!/usr/bin/env bash
# bench/store-scoring: `uptake score` from the store and the reads of the latest scores, on a large demo
# territory (`uptake demo generate --agencies N`, default 100,000 leads), in SQLite (a file) and in a
# throwaway PostgreSQL 15 server on loopback (as bench/import and bench/server make one).
# Per database: generate and train (not timed in the table), then time `uptake score` (first run: the
# latest-score copy is inserted; second run: it is updated), `uptake score export` (the latest score of
# every lead), `uptake score export --all-history`, and `uptake plan --rep demo-rep-01` (the planner's
# candidate read; the whole command, so it includes reading every lead and a 0.2 s solve). A third
# `uptake score` runs on a pseudo-terminal (phases.py) to time the progress bar's phases; then
# `uptake model health` (the champion's drift and realised performance over 3 x AGENCIES history rows,
# ModelHealthLoader's windowed reads; rows/s there is history rows per second).
# Prints rows, seconds, rows/s and peak memory (max RSS, /usr/bin/time -v) per step.
# Usage: bench/store-scoring/run.sh [AGENCIES] [REPS]
#        UPTAKE=path/to/uptake bench/store-scoring/run.sh ...   (use that binary; no build)
set -euo pipefail
cd "$(dirname "$0")/../.."
AGENCIES=${1:-100000}
REPS=${2:-40}
TODAY=2026-11-24            # fixed: the same territory every run
PLAN_DAY=2026-11-25         # the day after: the demo calendar runs two weeks ahead
OUT=bench/out/store-scoring
mkdir -p "$OUT"

command -v /usr/bin/time >/dev/null || apt-get install -y -q time
scripts/install-deps.sh demo
[[ -x /usr/lib/postgresql/15/bin/initdb ]] || apt-get install -y -q postgresql
if [[ -z ${UPTAKE:-} ]]; then
    swift build -c release --product uptake >&2
    UPTAKE=.build/release/uptake
fi

# step NAME ROWS -- COMMAND... : runs COMMAND under /usr/bin/time -v, prints "NAME rows seconds rows/s MB".
step() {
    local name=$1 rows=$2 log
    shift 3
    log="$OUT/$(echo "$name" | tr -c 'a-zA-Z0-9' '-').time"
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$log" "$@" >"$log.out" 2>"$log.err" \
        || { echo "error: $name failed (see $log.err)" >&2; cat "$log.err" >&2; exit 1; }
    end=$(date +%s.%N)
    awk -v n="$name" -v rows="$rows" -v s="$start" -v e="$end" -F: '
        /Maximum resident set size/ { gsub(/ /, "", $2); kb = $2 }
        END { printf "%-50s %9d %9.2f %10.0f %9.1f\n", n, rows, e - s, rows / (e - s), kb / 1024 }' "$log"
}

# A throwaway PostgreSQL server (bench/throwaway-postgres.sh).
source bench/throwaway-postgres.sh
start_throwaway_postgres
trap stop_throwaway_postgres EXIT

PHASES=""
bench_database() {  # bench_database LABEL URL
    local label=$1 url=$2 db
    db=(--database "$url")
    step "$label: demo generate (setup)" "$AGENCIES" -- \
        "$UPTAKE" demo generate --today "$TODAY" --agencies "$AGENCIES" --reps "$REPS" --teams 4 "${db[@]}"
    step "$label: train (setup)" "$AGENCIES" -- "$UPTAKE" train --as-of "$TODAY" --threads 2 "${db[@]}"
    step "$label: score (latest inserted)" "$AGENCIES" -- "$UPTAKE" score --as-of "$TODAY" "${db[@]}"
    step "$label: score again (latest updated)" "$AGENCIES" -- "$UPTAKE" score --as-of "$TODAY" "${db[@]}"
    step "$label: score export (latest per lead)" "$AGENCIES" -- \
        "$UPTAKE" score export --out "$OUT/latest-$label.csv" "${db[@]}"
    step "$label: score export --all-history" $((2 * AGENCIES)) -- \
        "$UPTAKE" score export --all-history --out "$OUT/history-$label.csv" "${db[@]}"
    step "$label: plan --rep demo-rep-01 (whole command)" "$AGENCIES" -- \
        "$UPTAKE" plan --rep demo-rep-01 --date "$PLAN_DAY" --seconds 0.2 --quiet "${db[@]}"
    PHASES+="$label	$(python3 bench/store-scoring/phases.py "$UPTAKE" score --as-of "$TODAY" "${db[@]}")"$'\n'
    # Three scoring runs later the history holds 3 x AGENCIES rows; model health reads only its windows.
    step "$label: model health (whole command)" $((3 * AGENCIES)) -- "$UPTAKE" model health "${db[@]}"
}

rm -f "$OUT/bench.sqlite"*
rows=$(
    bench_database sqlite "sqlite:$OUT/bench.sqlite"
    bench_database postgres "postgres://uptake@127.0.0.1:$PGPORT/uptake"
    printf "%s" "$PHASES" >"$OUT/phases.tsv"
)
echo
echo "bench/store-scoring: $AGENCIES demo leads ($REPS reps), $UPTAKE, $(date -u +%Y-%m-%d), $(nproc) cores,"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). No peer: no other implementation of this"
echo "store exists to run in the same session, so these are Uptake's figures alone (rows/s is ours, no ratio)."
printf "%-50s %9s %9s %10s %9s\n" "step" "rows" "seconds" "rows/s" "peak MB"
echo "$rows"
echo
echo "Progress bar phases of a third \`uptake score\` on a pseudo-terminal (phases.py): seconds per phase"
echo "(reading includes start-up and loading the model), and the distinct bar fills seen in each."
printf "%-10s %9s %9s %9s %9s   %s\n" "database" "reading" "scoring" "writing" "total" "fills seen (r/s/w)"
awk -F'\t' 'NF >= 8 { printf "%-10s %9.2f %9.2f %9.2f %9.2f   %s/%s/%s\n", $1, $2, $3, $4, $8, $5, $6, $7 }' \
    "$OUT/phases.tsv"
