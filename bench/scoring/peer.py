"""Python peers for bench/scoring/run.sh: xgboost 1.7.6 and scikit-learn's LogisticRegression on the
same rows as `uptake train`, and pandas + xgboost `pred_contribs` scoring for the 1M-lead run.

    peer.py train --csv FILE --split FILE [--save DIR] [--holdout-out FILE]   # prints one JSON line
    peer.py score --csv FILE --model DIR --out FILE
    peer.py make-leads --csv FILE --rows N --out FILE    # leads to score: bank rows resampled (seed 1)

The split file is the one `uptake train --write-split` writes (row,part), so every model trains on the
same training rows, stops early on the same validation rows and is judged on the same holdout rows.
Hyperparameters are ours (TrainingConfiguration's defaults, kept in step by hand: colsample_bytree 1 since
2026-11-23), so the comparison is of implementations. Besides xgboost's raw holdout AUC it prints its AUC
after the same isotonic calibration ours applies (fitted on the validation rows, clipped to [0.001, 0.999]),
since ties in a calibrated score's flat steps lower AUC on either side.
"""
import argparse
import json
import os
import pickle
import time

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.compose import ColumnTransformer
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

PARAMS = {
    "objective": "binary:logistic", "tree_method": "hist", "eta": 0.05, "max_depth": 5,
    "min_child_weight": 1.0, "subsample": 0.8, "colsample_bytree": 1.0, "lambda": 1.0,
    "eval_metric": "logloss", "seed": 1, "nthread": 0, "verbosity": 0,
}


def read_bank(path):
    frame = pd.read_csv(path, sep=";")
    y = (frame.pop("y") == "yes").astype(int).to_numpy()
    frame = frame.drop(columns=["duration"])
    return frame, y


def one_hot(frame, columns=None):
    encoded = pd.get_dummies(frame, dtype=np.float32)
    if columns is not None:
        encoded = encoded.reindex(columns=columns, fill_value=0.0)
    return encoded


def train(args):
    started = time.perf_counter()
    frame, y = read_bank(args.csv)
    parts = pd.read_csv(args.split)["part"].to_numpy()
    train_rows, valid_rows, hold_rows = (np.flatnonzero(parts == p) for p in ("train", "validation", "holdout"))
    categorical = [c for c in frame.columns if frame[c].dtype == object]
    encoded = one_hot(frame)
    dtrain = xgb.DMatrix(encoded.iloc[train_rows], label=y[train_rows])
    dvalid = xgb.DMatrix(encoded.iloc[valid_rows], label=y[valid_rows])
    dhold = xgb.DMatrix(encoded.iloc[hold_rows], label=y[hold_rows])
    fit_started = time.perf_counter()
    booster = xgb.train(PARAMS, dtrain, num_boost_round=1000, evals=[(dvalid, "validation")],
                        early_stopping_rounds=50, verbose_eval=False)
    fit_seconds = time.perf_counter() - fit_started
    best = booster.best_iteration
    hold = booster.predict(dhold, iteration_range=(0, best + 1))
    xgb_auc = roc_auc_score(y[hold_rows], hold)
    valid = booster.predict(dvalid, iteration_range=(0, best + 1))
    isotonic = IsotonicRegression(out_of_bounds="clip", y_min=0.001, y_max=0.999).fit(valid, y[valid_rows])
    xgb_seconds = time.perf_counter() - started
    xgb_calibrated_auc = roc_auc_score(y[hold_rows], isotonic.predict(hold))
    if args.xgboost_only:
        print(json.dumps({"xgboost_auc": xgb_auc, "xgboost_total_seconds": xgb_seconds}))
        return

    numeric = [c for c in frame.columns if c not in categorical]
    logistic = make_pipeline(
        ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
                           ("num", StandardScaler(), numeric)]),
        LogisticRegression(max_iter=5000),
    )
    fit_rows = np.concatenate([train_rows, valid_rows])
    logistic.fit(frame.iloc[fit_rows], y[fit_rows])
    lr_hold = logistic.predict_proba(frame.iloc[hold_rows])[:, 1]
    lr_auc = roc_auc_score(y[hold_rows], lr_hold)
    if args.holdout_out:
        pd.DataFrame({"row": hold_rows, "label": y[hold_rows], "xgboost": hold,
                      "xgboost_calibrated": isotonic.predict(hold), "logistic": lr_hold}).to_csv(
            args.holdout_out, index=False, float_format="%.17g")
    # The same pipeline fitted to convergence: scikit-learn's default lbfgs stops at tol=1e-4, which on the
    # ordered split is 42 iterations short of the optimum of its own objective (printed for transparency).
    logistic.set_params(logisticregression__tol=1e-8, logisticregression__max_iter=100000)
    logistic.fit(frame.iloc[fit_rows], y[fit_rows])
    lr_converged_auc = roc_auc_score(y[hold_rows], logistic.predict_proba(frame.iloc[hold_rows])[:, 1])
    if args.save:
        os.makedirs(args.save, exist_ok=True)
        booster.save_model(os.path.join(args.save, "model.json"))
        with open(os.path.join(args.save, "peer.pkl"), "wb") as f:
            pickle.dump({"columns": list(encoded.columns), "categorical": categorical,
                         "features": list(frame.columns), "best": best, "isotonic": isotonic,
                         "cuts": np.quantile(isotonic.predict(booster.predict(
                             xgb.DMatrix(encoded.iloc[fit_rows]), iteration_range=(0, best + 1))), [0.5, 0.8])}, f)
    print(json.dumps({"xgboost_auc": xgb_auc, "xgboost_calibrated_auc": xgb_calibrated_auc,
                      "logistic_auc": lr_auc, "logistic_converged_auc": lr_converged_auc,
                      "xgboost_best_round": best + 1,
                      "xgboost_fit_seconds": fit_seconds, "xgboost_total_seconds": xgb_seconds,
                      "xgboost_version": xgb.__version__}))


def score(args):
    with open(os.path.join(args.model, "peer.pkl"), "rb") as f:
        peer = pickle.load(f)
    booster = xgb.Booster()
    booster.load_model(os.path.join(args.model, "model.json"))
    frame = pd.read_csv(args.csv, sep=";")[peer["features"]]
    encoded = one_hot(frame, peer["columns"])
    features = list(frame.columns)
    # Feature -> original column, to sum one-hot contributions per column (as our reasons do).
    owner = [next(i for i, c in enumerate(features) if name == c or name.startswith(c + "_"))
             for name in peer["columns"]]
    indicator = np.zeros((len(peer["columns"]), len(features)), dtype=np.float32)
    indicator[np.arange(len(owner)), owner] = 1
    values = frame.astype(str).to_numpy()
    best = peer["best"]
    lines = ["row,probability,score,tier,reasons\n"]
    batch = 50_000
    for start in range(0, len(frame), batch):
        data = xgb.DMatrix(encoded.iloc[start:start + batch])
        raw = booster.predict(data, iteration_range=(0, best + 1))
        contributions = booster.predict(data, pred_contribs=True, iteration_range=(0, best + 1))
        per_column = contributions[:, :-1] @ indicator
        probability = peer["isotonic"].predict(raw)
        order = np.argsort(-per_column, axis=1, kind="stable")
        for i in range(len(raw)):
            row = start + i
            top = [j for j in order[i, :3] if per_column[i, j] > 0]
            bottom = [j for j in order[i, ::-1][:3] if per_column[i, j] < 0]
            reasons = "; ".join(
                [f"{features[j]} = {values[row, j]}: raises the chance" for j in top]
                + [f"{features[j]} = {values[row, j]}: lowers the chance" for j in bottom])
            p = probability[i]
            tier = "gold" if p >= peer["cuts"][1] else "silver" if p >= peer["cuts"][0] else "bronze"
            lines.append(f'{row},{p:.6f},{min(99, max(1, round(p * 100)))},{tier},"{reasons}"\n')
    with open(args.out, "w") as f:
        f.writelines(lines)


def make_leads(args):
    frame = pd.read_csv(args.csv, sep=";").drop(columns=["y", "duration"])
    rows = np.random.default_rng(1).integers(0, len(frame), size=args.rows)
    frame.iloc[rows].to_csv(args.out, sep=";", index=False)


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train")
    t.add_argument("--csv", required=True)
    t.add_argument("--split", required=True)
    t.add_argument("--save")
    t.add_argument("--holdout-out",
                   help="write row,label,xgboost,xgboost_calibrated,logistic holdout predictions (CSV)")
    t.add_argument("--xgboost-only", action="store_true", help="skip the logistic regression (for timing)")
    s = sub.add_parser("score")
    s.add_argument("--csv", required=True)
    s.add_argument("--model", required=True)
    s.add_argument("--out", required=True)
    m = sub.add_parser("make-leads")
    m.add_argument("--csv", required=True)
    m.add_argument("--rows", type=int, default=1_000_000)
    m.add_argument("--out", required=True)
    args = parser.parse_args()
    {"train": train, "score": score, "make-leads": make_leads}[args.command](args)


if __name__ == "__main__":
    main()
