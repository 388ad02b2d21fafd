#!/usr/bin/env bash
# bench/import: 1,000,000 generated lead rows through `uptake import leads`, end to end (read, validate,
# write in one transaction), into SQLite and into a throwaway PostgreSQL 15 server on loopback.
# Prints rows per second and peak memory (max RSS from /usr/bin/time) as a table.
# Usage: bench/import/run.sh [ROWS]      (run from the package root; `make bench-import` does)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
UPTAKE=.build/release/uptake
OUT=bench/out/import
mkdir -p "$OUT"

command -v /usr/bin/time >/dev/null || apt-get install -y -q time
scripts/install-deps.sh test
swift build -c release --product uptake

CSV="$OUT/leads-$ROWS.csv"
if [[ ! -f $CSV ]]; then
    echo "Generating $ROWS lead rows into $CSV ..."
    python3 bench/import/generate_leads.py --rows "$ROWS" --out "$CSV"
fi
# The leads name owners rep-001 ... rep-050: those reps are imported first (not timed).
REPS="$OUT/reps.csv"
{
    echo "id,name,email,team,start_latitude,start_longitude,shift_start,shift_end,time_zone"
    for i in $(seq 1 50); do
        printf "rep-%03d,Bench Rep %d,rep%d@bench.example,T%d,40.0,-83.0,08:00,17:00,America/New_York\n" "$i" "$i" "$i" $((i % 5))
    done
} >"$REPS"
SIZE_MB=$(( $(stat -c %s "$CSV") / 1024 / 1024 ))

measure() {  # measure NAME DATABASE_URL -> prints "NAME rows seconds rows/s MB"
    local name=$1 url=$2 log="$OUT/$1.time"
    local start end
    "$UPTAKE" import reps "$REPS" --database "$url" >/dev/null
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$log" "$UPTAKE" import leads "$CSV" --database "$url" >"$OUT/$name.out"
    end=$(date +%s.%N)
    local rss_kb seconds
    rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$log")
    awk -v n="$name" -v rows="$ROWS" -v s="$start" -v e="$end" -v kb="$rss_kb" \
        'BEGIN { printf "%-28s %10d %9.2f %12.0f %10.1f\n", n, rows, e - s, rows / (e - s), kb / 1024 }' 
}

# A throwaway PostgreSQL server (bench/throwaway-postgres.sh).
source bench/throwaway-postgres.sh
start_throwaway_postgres
trap stop_throwaway_postgres EXIT

echo
echo "bench/import: $ROWS lead rows, ${SIZE_MB} MB CSV, $(date -u +%Y-%m-%d), $(nproc) cores"
printf "%-28s %10s %9s %12s %10s\n" "target" "rows" "seconds" "rows/s" "peak MB"
rm -f "$OUT/bench.sqlite"*
measure "sqlite (new file)" "sqlite:$OUT/bench.sqlite"
measure "sqlite (re-import, no-op)" "sqlite:$OUT/bench.sqlite"
measure "postgres 15 (loopback)" "postgres://uptake@127.0.0.1:$PGPORT/uptake"
echo "Goal: >= 100,000 rows/s into SQLite; peak memory < 200 MB whatever the file size."
