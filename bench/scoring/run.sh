#!/usr/bin/env bash
# Scoring benchmark: our `uptake train` / `uptake score` against Python's xgboost 1.7.6 and scikit-learn's
# LogisticRegression on the bank-marketing data (duration dropped), on the same split rows.
#
#   bench/scoring/run.sh                 # builds .build/release/uptake if needed
#   UPTAKE_BIN=/path/to/uptake bench/scoring/run.sh   # any binary with the train and score subcommands
#   SCORE_ROWS=200000 bench/scoring/run.sh   # a smaller scoring run
#   SCORE_RUNS=3 bench/scoring/run.sh    # scoring runs per side (default 2; the fastest is reported)
#   AUC_ONLY=1 bench/scoring/run.sh      # only the two splits' quality figures (no timing, no scoring run)
#
# Prints one table: holdout ROC AUC (ours calibrated and uncalibrated, xgboost, logistic regression) for
# `--split random --seed 1` and `--split ordered`, with a paired bootstrap interval for our AUC minus each
# peer's (both models' predictions on the same holdout rows), our ECE, training time, and scoring SCORE_ROWS leads
# with reasons from CSV to a scores CSV (wall time and peak memory from /usr/bin/time -v), ours also on the
# peer's XGBoost build.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$root/../shared/data/bank-marketing/bank-additional-full.csv"
out="$root/bench/out/scoring"
venv="$root/bench/.venv"
rows="${SCORE_ROWS:-1000000}"
mkdir -p "$out"
# GNU OpenMP threads spin while waiting by default; on a shared, busy machine that makes XGBoost up to 20x
# slower (measured: 85 rounds in 0.8 s passive, 13-18 s spinning). Both sides run with the same setting.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-passive}"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q xgboost==1.7.6 scikit-learn==1.5.2 pandas==2.2.3 numpy==1.26.4
py="$venv/bin/python"

uptake="${UPTAKE_BIN:-$root/.build/release/uptake}"
if [ -z "${UPTAKE_BIN:-}" ]; then
    (cd "$root" && swift build -c release --product uptake)
fi

# timed NAME CMD...: runs CMD under /usr/bin/time -v, keeps its stdout in $out/NAME.out and the
# wall seconds and peak resident kilobytes in $out/NAME.time.
timed() {
    local name="$1"; shift
    /usr/bin/time -v -o "$out/$name.rusage" "$@" > "$out/$name.out"
    "$py" - "$out/$name.rusage" > "$out/$name.time" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time.*: (.*)", text).group(1).split(":")
seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall)))
kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
print(seconds, kb)
PY
}

for split in random ordered; do
    args=(--split "$split")
    [ "$split" = random ] && args+=(--seed 1)
    timed "ours-train-$split" "$uptake" train --csv "$data" --label y --positive yes --drop duration "${args[@]}" \
        --json --write-split "$out/split-$split.csv" --save-model "$out/model-$split" \
        --report "$out/report-$split.html" --write-holdout "$out/holdout-ours-$split.csv"
    timed "peer-train-$split" "$py" "$here/peer.py" train --csv "$data" --split "$out/split-$split.csv" \
        --save "$out/peer-$split" --holdout-out "$out/holdout-peer-$split.csv"
done

if [ -n "${AUC_ONLY:-}" ]; then
    "$py" "$here/table.py" "$out" 0 --auc-only
    exit 0
fi

# Training time: whole processes (start, read CSV, encode, train with early stopping, calibrate, evaluate),
# three runs each, on the random split; the peer skips its logistic regression here.
for run in 1 2 3; do
    timed "ours-time-$run" "$uptake" train --csv "$data" --label y --positive yes --drop duration --split random \
        --seed 1 --json
    timed "peer-time-$run" "$py" "$here/peer.py" train --csv "$data" --split "$out/split-random.csv" --xgboost-only
done

if [ ! -s "$out/leads-$rows.csv" ]; then
    "$py" "$here/peer.py" make-leads --csv "$data" --rows "$rows" --out "$out/leads-$rows.csv"
fi
# The same binary once more on the XGBoost library the peer uses (the PyPI wheel's build of 1.7.6, loaded in
# place of Debian's libxgboost.so.0 through LD_LIBRARY_PATH): the C API is the same, the scores must be
# byte for byte the same, and the time difference is the library build's, not our code's.
wheel="$("$py" -c 'import os, xgboost; print(os.path.dirname(xgboost.__file__))')"
wheel_libs="$out/wheel-lib"
mkdir -p "$wheel_libs"
ln -sf "$wheel/lib/libxgboost.so" "$wheel_libs/libxgboost.so.0"
# Each side SCORE_RUNS times (default 2), alternating, so that a burst of load hits all of them alike; the
# table takes each side's fastest run.
for run in $(seq 1 "${SCORE_RUNS:-2}"); do
    timed "ours-score-$run" "$uptake" score --csv "$out/leads-$rows.csv" --model "$out/model-random" \
        --out "$out/scores-ours.csv" --as-of 2010-11-30
    timed "peer-score-$run" "$py" "$here/peer.py" score --csv "$out/leads-$rows.csv" --model "$out/peer-random" \
        --out "$out/scores-peer.csv"
    timed "wheel-score-$run" env LD_LIBRARY_PATH="$wheel_libs:$wheel/../xgboost.libs" "$uptake" score \
        --csv "$out/leads-$rows.csv" --model "$out/model-random" --out "$out/scores-ours-wheel.csv" --as-of 2010-11-30
done
if cmp -s "$out/scores-ours.csv" "$out/scores-ours-wheel.csv"; then
    echo same > "$out/wheel-scores-same"
else
    echo different > "$out/wheel-scores-same"
fi

"$py" "$here/table.py" "$out" "$rows"
