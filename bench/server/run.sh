#!/usr/bin/env bash
# bench/server: wrk (Debian) on loopback against `uptake serve` (release build) with the demo territory
# (8 reps, 3,000 agencies), on SQLite and on a throwaway PostgreSQL 15 server.
# Plans today for demo-rep-01 (`uptake plan`), then drives My day (/day, signed in with a session cookie) and the
# same plan as JSON (/api/v1/plans/today, with a bearer token); /health is measured in the same run as the framework's floor (no database, no template).
# Prints requests/s and p50/p99 latency per target, each target's throughput as a ratio of /health, and the CPU
# time per request of the server and of PostgreSQL (from /proc, so that it stays comparable on a loaded machine).
# Each target gets a 2-second wrk warm-up first (not reported): the database pool opens its connections and
# PostgreSQL prepares the reads on each of them then, so the figures are steady-state.
# Usage: bench/server/run.sh [SECONDS] [CONNECTIONS]     (run from anywhere; results go to stdout)
#        UPTAKE=/path/to/uptake bench/server/run.sh ...  (another build of uptake, e.g. an older commit's; no build)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-16}
BUILD=yes
if [[ -n ${UPTAKE:-} ]]; then BUILD=no; else UPTAKE=.build/release/uptake; fi
OUT=bench/out/server
mkdir -p "$OUT"
command -v wrk >/dev/null || apt-get install -y -q wrk
scripts/install-deps.sh test
if [[ $BUILD == yes ]]; then swift build -c release --product uptake >&2; fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
export UPTAKE_BCRYPT_COST=10

# A throwaway PostgreSQL server (bench/throwaway-postgres.sh).
source bench/throwaway-postgres.sh
SERVER=""
cleanup() {
    [[ -n $SERVER ]] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    stop_throwaway_postgres
}
trap cleanup EXIT
start_throwaway_postgres

# CPU ticks (utime + stime) of a process and of PostgreSQL's postmaster with its backends.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
    local postmaster sum=0
    postmaster=$(head -1 "$PGDIR/data/postmaster.pid")
    for pid in $postmaster $(pgrep -P "$postmaster"); do sum=$((sum + $(ticks "$pid"))); done
    echo $sum
}

# wrk_row NAME URL [HEADER] -> "NAME req/s p50 p99 server-CPU-ms/req PostgreSQL-CPU-ms/req" ($PG_CPU=1 to count it)
wrk_row() {
    local name=$1 url=$2 header=${3:-} log server0 pg0 server1 pg1
    log="$OUT/$(echo "$name" | tr -c 'a-zA-Z0-9' '-').wrk"
    if [[ -n $header ]]; then
        wrk -t2 -c"$CONNECTIONS" -d2s -H "$header" "$url" >/dev/null
    else
        wrk -t2 -c"$CONNECTIONS" -d2s "$url" >/dev/null
    fi
    server0=$(ticks "$SERVER"); pg0=$(pg_ticks)
    if [[ -n $header ]]; then
        wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "$header" "$url" >"$log"
    else
        wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$url" >"$log"
    fi
    server1=$(ticks "$SERVER"); pg1=$(pg_ticks)
    if grep -q "Non-2xx" "$log"; then echo "error: $name answered non-2xx (see $log)" >&2; exit 1; fi
    awk -v n="$name" -v server=$((server1 - server0)) -v pg=$((pg1 - pg0)) -v counted="${PG_CPU:-0}" \
        -v hz="$(getconf CLK_TCK)" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        / 50%/ { p50 = ms($2) } / 99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 } /requests in/ { total = $1 }
        END {
            per = 1000 / hz / (total > 0 ? total : 1)
            printf "%s\t%.0f\t%.2f\t%.2f\t%.3f\t%s\n", n, rps, p50, p99, server * per,
                counted ? sprintf("%.3f", pg * per) : "-"
        }' "$log"
}

bench_database() {  # bench_database LABEL URL
    local label=$1 url=$2 port base session token date
    "$UPTAKE" demo generate --database "$url" >/dev/null
    echo "bench-password" | "$UPTAKE" user add bench-rep --role rep --rep demo-rep-01 --password-stdin --database "$url" >/dev/null
    token=$("$UPTAKE" user token bench-rep --database "$url" | head -1)
    port=$(free_port)
    base="http://127.0.0.1:$port"
    "$UPTAKE" serve --database "$url" --port "$port" --log-level warning >"$OUT/server-$label.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 100); do curl -sf "$base/health" >/dev/null && break; sleep 0.2; done
    # Today in the rep's time zone, planned with `uptake plan` so that My day and /api/v1/plans/today
    # read a stored plan with its suggestions (and their ledger status).
    date=$(curl -sf -H "Authorization: Bearer $token" "$base/api/v1/reps/demo-rep-01/day" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["date"])')
    "$UPTAKE" plan --rep demo-rep-01 --date "$date" --quiet --database "$url" >"$OUT/plan-$label.txt"
    curl -sf -H "Authorization: Bearer $token" "$base/api/v1/plans/today" \
        | python3 -c 'import json, sys; items = json.load(sys.stdin)["items"]; assert items and items[0]["planned"], items' \
        || { echo "error: no plan for today on $label" >&2; exit 1; }
    # Sign in as a browser does: the form's CSRF cookie and field, then the session cookie.
    local jar="$OUT/cookies-$label" csrf
    curl -sf -c "$jar" "$base/login" -o "$OUT/login.html"
    csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$OUT/login.html" | head -1 | sed 's/.*value="//; s/"$//')
    curl -sf -b "$jar" -c "$jar" -o /dev/null --data "_csrf=$csrf&name=bench-rep&password=bench-password&next=" "$base/login"
    session=$(awk '$6 == "uptake_session" { print $7 }' "$jar")
    [[ -n $session ]] || { echo "error: sign-in failed on $label" >&2; exit 1; }
    curl -sf -o /dev/null -H "Cookie: uptake_session=$session" "$base/day?date=$date"

    wrk_row "$label /health" "$base/health"
    wrk_row "$label /day (My day page)" "$base/day" "Cookie: uptake_session=$session"
    wrk_row "$label /api/v1/plans/today" "$base/api/v1/plans/today" "Authorization: Bearer $token"
    kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
}

rows=$(
    rm -f "$OUT/bench.sqlite"*
    bench_database sqlite "sqlite:$OUT/bench.sqlite"
    PG_CPU=1 bench_database postgres "postgres://uptake@127.0.0.1:$PGPORT/uptake"
)
echo
echo "bench/server: wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s on loopback, $(date -u +%Y-%m-%d), $(nproc) cores (wrk and the server share them), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-36s %10s %9s %9s %14s %12s %12s\n" "target" "req/s" "p50 ms" "p99 ms" "vs /health" "server CPU" "PG CPU"
echo "$rows" | awk -F'\t' '
    $1 ~ /\/health$/ { floor = $2 }
    { printf "%-36s %10d %9.2f %9.2f %13.2fx %12s %12s\n", $1, $2, $3, $4, (floor > 0 ? $2 / floor : 0), $5, $6 }'
echo "server CPU, PG CPU: milliseconds of CPU per request (user + system) of uptake serve and of PostgreSQL."
echo "Goal (issue 6): >= 500 requests/s with p99 <= 50 ms for My day and /api/v1/plans/today."
