#!/usr/bin/env bash
# schemathesis against /api/v1/openapi.json: a demo database with a trained, scored model, plans and a simulated
# pilot (so the models, pilots and plans routes answer with data), `uptake serve` on a free loopback port, and a
# run as an admin, a rep, a manager, an analyst and an executive (each sees a different scope). Fails on any 5xx, any answer that breaks the
# schema, and any other schemathesis check (`--checks all`).
#
# Usage: Tests/schemathesis/run.sh   (builds .build/debug/uptake first unless UPTAKE=path is set)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
venv=${SCHEMATHESIS_VENV:-$root/.build/schemathesis-venv}
if [[ -z "${UPTAKE:-}" ]]; then
    swift build --product uptake >&2
    UPTAKE=$root/.build/debug/uptake
fi
if [[ ! -x "$venv/bin/schemathesis" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q -r Tests/schemathesis/requirements.txt
fi
work=$(mktemp -d)
database="sqlite:$work/uptake.sqlite"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export UPTAKE_BCRYPT_COST=4
"$UPTAKE" demo generate --database "$database" --reps 8 --teams 2 --agencies 600 >/dev/null
"$UPTAKE" train --database "$database" --threads 1 >/dev/null 2>&1
"$UPTAKE" score --database "$database" >/dev/null 2>&1
"$UPTAKE" plan --all --date next-working-day --database "$database" --quiet >/dev/null 2>&1
"$UPTAKE" demo pilot --database "$database" >/dev/null 2>&1  # needs 8 reps (two per arm and stratum)
"$UPTAKE" user add st-admin --role admin --database "$database" >/dev/null
"$UPTAKE" user add st-rep --role rep --rep demo-rep-01 --database "$database" >/dev/null
"$UPTAKE" user add st-analyst --role analyst --database "$database" >/dev/null
"$UPTAKE" user add st-executive --role executive --database "$database" >/dev/null
"$UPTAKE" serve --database "$database" --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
admin=$("$UPTAKE" user token st-admin --database "$database" | head -1)
team=$(curl -sf -H "Authorization: Bearer $admin" "http://127.0.0.1:$port/api/v1/reps/demo-rep-01" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["team"])')
"$UPTAKE" user add st-manager --role manager --team "$team" --database "$database" >/dev/null
passed=0 failed=0
for user in st-admin st-rep st-manager st-analyst st-executive; do
    token=$("$UPTAKE" user token "$user" --database "$database" | head -1)
    # Run from the temporary folder: schemathesis leaves a .schemathesis/ cache where it runs.
    if (cd "$work" && "$venv/bin/schemathesis" run "http://127.0.0.1:$port/api/v1/openapi.json" --url "http://127.0.0.1:$port" \
        -H "Authorization: Bearer $token" --checks all --max-examples "${MAX_EXAMPLES:-50}" --seed 1); then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
((failed == 0))
