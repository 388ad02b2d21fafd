"""Makes the fixture for `uptake model import`: a tiny model trained by Python's xgboost 1.7.6 on
synthetic leads, its schema file (docs/scoring.md), and rows with xgboost's own predictions.

Run from this directory with xgboost==1.7.6 and numpy==1.26.4 (Debian's libxgboost is 1.7; newer
Python releases write model fields 1.7 does not read):

    python3 -m venv /tmp/venv-scoring2 && /tmp/venv-scoring2/bin/pip install xgboost==1.7.6 numpy==1.26.4
    /tmp/venv-scoring2/bin/python make_imported_model.py

Writes model.json, schema.json and rows.json.
"""
import json

import numpy as np
import xgboost as xgb

assert xgb.__version__ == "1.7.6", xgb.__version__
rng = np.random.default_rng(3)
n = 400
LINES = ["commercial", "personal"]  # kept levels; anything else is "other"
TIERS = ["bronze", "gold", "silver"]

agents = rng.integers(1, 40, n).astype(float)
line = rng.choice(["commercial", "personal", "life", "health"], n)
age = rng.integers(0, 400, n).astype(float)  # last_contact: whole days before the reference date
tier = rng.choice(TIERS, n)
distance = np.round(rng.uniform(0, 120, n), 1)
distance[rng.uniform(size=n) < 0.15] = np.nan  # unassigned leads
missing_line = rng.uniform(size=n) < 0.05

logit = (-2 + 0.6 * np.log(agents) + np.where(line == "commercial", 0.5, 0) - 0.8 * np.log1p(age / 30)
         + np.where(tier == "gold", 0.6, 0) - 0.01 * np.nan_to_num(distance, nan=150))
label = rng.uniform(size=n) < 1 / (1 + np.exp(-logit))


def one_hot(values, levels, missing):
    """One column per level, then `other`; a missing value is NaN in all of them (FeatureSchema)."""
    columns = np.zeros((len(values), len(levels) + 1))
    for i, value in enumerate(values):
        if missing[i]:
            columns[i, :] = np.nan
        else:
            columns[i, levels.index(value) if value in levels else len(levels)] = 1
    return columns


features = np.column_stack([
    agents,
    one_hot(line, LINES, missing_line),
    age,
    one_hot(tier, TIERS, np.zeros(n, bool)),
    distance,
]).astype(np.float32)
names = (["agents"] + [f"line_of_business={v}" for v in LINES + ["other"]] + ["last_contact"]
         + [f"tier={v}" for v in TIERS + ["other"]] + ["owner_distance_km"])
data = xgb.DMatrix(features, label=label.astype(float), missing=np.nan, feature_names=names)
booster = xgb.train({"objective": "binary:logistic", "max_depth": 3, "eta": 0.3, "tree_method": "hist",
                     "seed": 1}, data, num_boost_round=8)
booster.save_model("model.json")
predictions = booster.predict(xgb.DMatrix(features, missing=np.nan, feature_names=names))

schema = {
    "format": "uptake-feature-schema", "version": 1,
    "columns": [
        {"name": "agents", "kind": "number"},
        {"name": "line_of_business", "kind": "category", "levels": LINES},
        {"name": "last_contact", "kind": "date"},
        {"name": "tier", "kind": "category", "levels": TIERS},
        {"name": "owner_distance_km", "kind": "number"},
    ],
    "tier_cut_points": {"gold": float(np.quantile(predictions, 0.8)), "silver": float(np.quantile(predictions, 0.5))},
}
with open("schema.json", "w") as f:
    json.dump(schema, f, indent=1)
rows = {
    "agents": agents.tolist(),
    "line_of_business": [None if m else v for v, m in zip(line.tolist(), missing_line)],
    "last_contact_age_days": age.tolist(),
    "tier": tier.tolist(),
    "owner_distance_km": [None if np.isnan(d) else d for d in distance.tolist()],
    "prediction": [float(p) for p in predictions],
}
with open("rows.json", "w") as f:
    json.dump(rows, f)
print(f"{n} rows, {int(label.sum())} positives, {booster.num_boosted_rounds()} rounds")
