#!/usr/bin/env bash
# OPTW benchmark: our solver, PyVRP and OR-Tools on the Solomon-based instances (1 route), same budgets,
# one solver at a time; prints score, gap to best-known-m1.csv and time per instance, then mean gap per family.
#
#   bench/planner/run.sh                 # budgets 1 s and 10 s, all 56 instances (~30 min)
#   BUDGETS=1 bench/planner/run.sh       # only the 1 s sweep (~4 min)
#   OPTW_SOLVER="/path/to/optwdev" ...   # any command that takes "solve FILE --routes --seconds --seed --json"
#
# Our solver is the release-built `uptake optw` unless OPTW_SOLVER names another build of the same command.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/bench/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q "pyvrp==0.14.1" "ortools==9.15.6755"

if [ -z "${OPTW_SOLVER:-}" ]; then
    (cd "$root" && swift build -c release --product uptake >&2)
    OPTW_SOLVER="$root/.build/release/uptake optw"
    if ! $OPTW_SOLVER solve --help >/dev/null 2>&1; then
        echo "uptake has no 'optw' command yet: set OPTW_SOLVER to a build of OPTWCommand" >&2
        exit 1
    fi
fi
exec "$venv/bin/python" "$root/bench/planner/run.py" --ours "$OPTW_SOLVER" \
    --budgets "${BUDGETS:-1,10}" --instances "${INSTANCES:-all}" --seed "${SEED:-1}"
