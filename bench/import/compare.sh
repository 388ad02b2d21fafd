#!/usr/bin/env bash
# bench/import/compare.sh: two builds of `uptake` side by side on the same machine state, for before/after
# figures: SQLite new file, SQLite re-import and PostgreSQL 15 (throwaway server), each build in turn per round.
# Prints wall seconds, rows/s, CPU seconds (user + sys) and peak RSS, with the load average at the start.
# Usage: bench/import/compare.sh BEFORE_BINARY AFTER_BINARY [ROUNDS]   (after bench/import/run.sh made the CSV)
set -euo pipefail
cd "$(dirname "$0")/../.."
BEFORE=$1 AFTER=$2 ROUNDS=${3:-1}
OUT=bench/out/import
CSV=$OUT/leads-1000000.csv
[[ -f $CSV && -f $OUT/reps.csv ]] || { echo "run bench/import/run.sh first (it makes $CSV)" >&2; exit 1; }
source bench/throwaway-postgres.sh
start_throwaway_postgres
trap stop_throwaway_postgres EXIT

run() {  # run LABEL BINARY URL
    local start end user sys kb load
    "$2" import reps "$OUT/reps.csv" --database "$3" >/dev/null
    load=$(cut -d' ' -f1 /proc/loadavg)
    start=$(date +%s.%N)
    /usr/bin/time -f "%U %S %M" -o "$OUT/compare.time" "$2" import leads "$CSV" --database "$3" >/dev/null
    end=$(date +%s.%N)
    read -r user sys kb <"$OUT/compare.time"
    awk -v n="$1" -v s="$start" -v e="$end" -v u="$user" -v y="$sys" -v kb="$kb" -v l="$load" 'BEGIN {
        printf "%-30s %8.2f %10.0f %8.2f %8.1f %6s\n", n, e - s, 1000000 / (e - s), u + y, kb / 1024, l }'
}

printf "%-30s %8s %10s %8s %8s %6s\n" "build / target" "seconds" "rows/s" "CPU s" "peak MB" "load"
for round in $(seq 1 "$ROUNDS"); do
    for build in before after; do
        binary=$BEFORE; [[ $build == after ]] && binary=$AFTER
        rm -f "$OUT/compare-$build.sqlite"*
        run "$build sqlite new" "$binary" "sqlite:$OUT/compare-$build.sqlite"
        run "$build sqlite re-import" "$binary" "sqlite:$OUT/compare-$build.sqlite"
        as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U uptake "compare_${build}_$round"
        run "$build postgres new" "$binary" "postgres://uptake@127.0.0.1:$PGPORT/compare_${build}_$round"
    done
done
