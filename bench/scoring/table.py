"""Prints the scoring benchmark's table from the files run.sh leaves in bench/out/scoring."""
import json
import os
import re
import sys

import numpy as np
from sklearn.metrics import roc_auc_score

out, rows = sys.argv[1], int(sys.argv[2])
auc_only = "--auc-only" in sys.argv[3:]


def load(name):
    return json.loads(open(f"{out}/{name}.out").read().strip().splitlines()[-1])


def timing(name):
    seconds, kb = open(f"{out}/{name}.time").read().split()
    return float(seconds), int(kb) / 1024


def cpu(name):
    """User + system CPU seconds from /usr/bin/time -v: steadier than wall time on a busy shared machine."""
    text = open(f"{out}/{name}.rusage").read()
    return sum(float(re.search(pattern + r": ([\d.]+)", text).group(1))
               for pattern in (r"User time \(seconds\)", r"System time \(seconds\)"))


def ours_model(split):
    return json.load(open(f"{out}/model-{split}/uptake-model.json"))


def ours_uncalibrated(split):
    return ours_model(split)["evaluation"]["uncalibratedROCAUC"]


def paired_bootstrap(split, resamples=1000):
    """Our holdout AUC minus each peer's, with a 95% paired bootstrap interval: the holdout rows are drawn
    with replacement (seed 1) and both models are judged on the same draw, so the interval reflects how much
    the difference, not each AUC, moves with the sample."""
    ours_path, peer_path = f"{out}/holdout-ours-{split}.csv", f"{out}/holdout-peer-{split}.csv"
    if not (os.path.exists(ours_path) and os.path.exists(peer_path)):
        return {}
    ours = np.genfromtxt(ours_path, delimiter=",", names=True)
    peer = np.genfromtxt(peer_path, delimiter=",", names=True)
    assert (ours["row"] == peer["row"]).all() and (ours["label"] == peer["label"]).all(), "holdout rows differ"
    labels = ours["label"].astype(int)
    rng = np.random.default_rng(1)
    draws = [rng.integers(0, len(labels), len(labels)) for _ in range(resamples)]
    result = {}
    for name in ("xgboost", "xgboost_calibrated", "logistic"):
        if name not in peer.dtype.names:
            continue
        point = roc_auc_score(labels, ours["probability"]) - roc_auc_score(labels, peer[name])
        diffs = [roc_auc_score(labels[d], ours["probability"][d]) - roc_auc_score(labels[d], peer[name][d])
                 for d in draws]
        low, high = np.percentile(diffs, [2.5, 97.5])
        result[name] = (point, low, high)
    return result


print(f"{'figure':<46}{'ours':>10}{'peer':>10}{'ratio':>8}  peer")
for split in ("random", "ordered"):
    ours, peer = load(f"ours-train-{split}"), load(f"peer-train-{split}")
    auc = ours["roc_auc"]
    print(f"{'ROC AUC, ' + split + ' (ours calibrated)':<46}{auc:>10.4f}{peer['xgboost_auc']:>10.4f}"
          f"{auc / peer['xgboost_auc']:>8.3f}  xgboost {peer['xgboost_version']}")
    print(f"{'ROC AUC, ' + split + ' (ours calibrated)':<46}{auc:>10.4f}{peer['logistic_auc']:>10.4f}"
          f"{auc / peer['logistic_auc']:>8.3f}  LogisticRegression")
    if "logistic_converged_auc" in peer:
        conv = peer["logistic_converged_auc"]
        print(f"{'ROC AUC, ' + split + ' (ours calibrated)':<46}{auc:>10.4f}{conv:>10.4f}"
              f"{auc / conv:>8.3f}  LogisticRegression, fitted to convergence (tol 1e-8)")
    raw = ours_uncalibrated(split)
    print(f"{'ROC AUC, ' + split + ' (ours uncalibrated)':<46}{raw:>10.4f}{peer['xgboost_auc']:>10.4f}"
          f"{raw / peer['xgboost_auc']:>8.3f}  xgboost (uncalibrated)")
    if "xgboost_calibrated_auc" in peer:
        cal = peer["xgboost_calibrated_auc"]
        print(f"{'ROC AUC, ' + split + ' (ours calibrated)':<46}{auc:>10.4f}{cal:>10.4f}"
              f"{auc / cal:>8.3f}  xgboost + the same isotonic calibration")
    for name, label in (("xgboost", "xgboost (raw)"), ("xgboost_calibrated", "xgboost + the same isotonic"),
                        ("logistic", "LogisticRegression (default)")):
        if name in (differences := paired_bootstrap(split)):
            point, low, high = differences[name]
            print(f"{'AUC ours - peer, ' + split:<46}{point:>+10.4f}{'':>10}{'':>8}  {label}; 95% paired bootstrap "
                  f"{low:+.4f} to {high:+.4f}")
    print(f"{'ECE 10 bins, ' + split + ' (ours calibrated)':<46}{ours['ece']:>10.4f}{'':>10}{'':>8}  goal <= 0.01")
    kept = "trees on a logistic base" if ours_model(split).get("linearBase") else "trees"
    print(f"{'model kept, ' + split:<46}{kept:>28}")
if auc_only:
    sys.exit(0)
ours_t = sorted(timing(f"ours-time-{run}")[0] for run in (1, 2, 3))[1]
peer_t = sorted(timing(f"peer-time-{run}")[0] for run in (1, 2, 3))[1]
peer_in = sorted(load(f"peer-time-{run}")["xgboost_total_seconds"] for run in (1, 2, 3))[1]
print(f"{'train, random split, whole process s (median 3)':<46}{ours_t:>10.2f}{peer_t:>10.2f}{ours_t / peer_t:>8.2f}"
      f"  python + xgboost (imports included)")
print(f"{'train, random split, s (peer in-process)':<46}{ours_t:>10.2f}{peer_in:>10.2f}{ours_t / peer_in:>8.2f}"
      f"  python: read+one-hot+fit+calibrate only")
ours_c = sorted(cpu(f"ours-time-{run}") for run in (1, 2, 3))[1]
peer_c = sorted(cpu(f"peer-time-{run}") for run in (1, 2, 3))[1]
print(f"{'train, random split, whole process CPU s':<46}{ours_c:>10.2f}{peer_c:>10.2f}{ours_c / peer_c:>8.2f}"
      f"  python + xgboost (imports included)")
score_runs = sorted({int(name.split("-")[-1].split(".")[0]) for name in os.listdir(out)
                     if name.startswith("ours-score-") and name.endswith(".time")})


def fastest(side):
    """The fastest of a side's scoring runs: (wall s, peak MiB, CPU s)."""
    runs = [(*timing(f"{side}-score-{run}"), cpu(f"{side}-score-{run}")) for run in score_runs]
    return min(runs)


ours_s, ours_mb, ours_cpu = fastest("ours")
peer_s, peer_mb, peer_cpu = fastest("peer")
wheel_s, wheel_mb, wheel_cpu = fastest("wheel")
label = f"score {rows:,} leads"
print(f"{label + ' with reasons, seconds':<46}{ours_s:>10.1f}{peer_s:>10.1f}"
      f"{ours_s / peer_s:>8.2f}  pandas + xgboost pred_contribs (fastest of {len(score_runs)})")
print(f"{label + ', CPU seconds':<46}{ours_cpu:>10.1f}{peer_cpu:>10.1f}{ours_cpu / peer_cpu:>8.2f}")
print(f"{label + ', peak memory MiB':<46}{ours_mb:>10.0f}{peer_mb:>10.0f}{ours_mb / peer_mb:>8.2f}")
same = open(os.path.join(out, "wheel-scores-same")).read().strip()
print(f"{label + ', s, ours on the wheel libxgboost':<46}{wheel_s:>10.1f}{peer_s:>10.1f}{wheel_s / peer_s:>8.2f}"
      f"  both on PyPI's xgboost 1.7.6 build; scores {same} as on Debian's")
print(f"{label + ', CPU s, ours on the wheel libxgboost':<46}{wheel_cpu:>10.1f}{peer_cpu:>10.1f}"
      f"{wheel_cpu / peer_cpu:>8.2f}")
