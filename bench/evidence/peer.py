"""Peer for the evidence benchmark: the same aggregation and analysis with numpy, statsmodels, scipy, gbstats.

Called by the Swift bench with the directory holding the events it wrote; prints JSON with its timings
(file reading excluded, as in the Swift timing).
"""
import json
import sys
import time

import gbstats
import numpy as np
import numpy_financial as npf
import pandas as pd
import scipy
import statsmodels
import statsmodels.api as sm
from gbstats.frequentist.tests import SequentialConfig, SequentialTwoSidedTTest
from gbstats.models.statistics import SampleMeanStatistic
from scipy import stats
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

work = sys.argv[1]
rep = np.fromfile(f"{work}/event_rep.i32", dtype=np.int32)
week = np.fromfile(f"{work}/event_week.i8", dtype=np.int8)
kind = np.fromfile(f"{work}/event_kind.u8", dtype=np.uint8)
arms = np.fromfile(f"{work}/arms.u8", dtype=np.uint8)
R = len(arms)

t0 = time.perf_counter()
pilot = week >= 0
conv = kind == 4
pre_conv = np.bincount(rep[conv & ~pilot], minlength=R) / 8
y = np.bincount(rep[conv & pilot], minlength=R) / 12
shown = np.bincount(rep[(kind == 0) & pilot], minlength=R)
accepted = np.bincount(rep[(kind == 1) & pilot], minlength=R)
accept = np.where(shown > 0, accepted / np.maximum(shown, 1), 0.0)
t1 = time.perf_counter()

t = arms.astype(float)
yt, yc = y[t == 1], y[t == 0]
cm = CompareMeans(DescrStatsW(yt), DescrStatsW(yc))
lo, hi = cm.tconfint_diff(usevar="unequal")
_, p, _ = cm.ttest_ind(usevar="unequal")
perm = stats.permutation_test((yt, yc), lambda a, b, axis: np.abs(a.mean(axis=axis) - b.mean(axis=axis)),
                              permutation_type="independent", alternative="greater", n_resamples=10_000,
                              vectorized=True, random_state=1)
X = np.column_stack([np.ones(R), t, pre_conv - pre_conv.mean()])
fit = sm.OLS(y, X).fit(cov_type="HC2", use_t=True)
sa = SampleMeanStatistic(n=len(yc), sum=float(yc.sum()), sum_squares=float((yc ** 2).sum()))
sb = SampleMeanStatistic(n=len(yt), sum=float(yt.sum()), sum_squares=float((yt ** 2).sum()))
seq = SequentialTwoSidedTTest(sa, sb, SequentialConfig(difference_type="absolute",
                                                       sequential_tuning_parameter=R)).compute_result()
rel = SequentialTwoSidedTTest(sa, sb, SequentialConfig(difference_type="relative")).compute_result()
srm = stats.chisquare([len(yt), len(yc)])
at, ac = accept[t == 1], accept[t == 0]
itt_d = at.mean() - ac.mean()
cace = (yt.mean() - yc.mean()) / itt_d
t2 = time.perf_counter()

# ROI Monte Carlo, vectorized numpy: 10k draws of the monthly uplift, 25-period NPV.
rng = np.random.default_rng(7)
est, se = fit.params[1] * 52 / 12, fit.bse[1] * 52 / 12
draws = rng.normal(est, se, 10_000)
upfront = 60_000 + 40 * 6 * 55
per_period = draws[:, None] * 900 * 40 - 3_500
flows = np.concatenate([np.full((10_000, 1), -upfront), np.repeat(per_period, 24, axis=1)], axis=1)
disc = (1 + 0.008) ** -np.arange(25)
npv = flows @ disc
q = np.percentile(npv, [10, 50, 90])
t3 = time.perf_counter()

# Adoption funnel: per suggestion, which stages it reached (the later of accepted/dismissed decides), per rep.
sug = np.fromfile(f"{work}/event_suggestion.i32", dtype=np.int32)
t4 = time.perf_counter()
df = pd.DataFrame({"s": sug, "r": rep, "k": kind})
by = df.groupby("s")
per = pd.DataFrame({"r": by["r"].last()})
for name, code in [("shown", 0), ("visited", 3), ("converted", 4)]:
    per[name] = (df["k"] == code).groupby(df["s"]).any()
decision = df[df["k"].isin([1, 2])].groupby("s")["k"].last()
per["accepted"] = (decision == 1).reindex(per.index, fill_value=False)
per["dismissed"] = (decision == 2).reindex(per.index, fill_value=False)
rows = per.groupby("r")[["shown", "accepted", "dismissed", "visited", "converted"]].sum()
t5 = time.perf_counter()
funnel_total = [int(rows[c].sum()) for c in ["shown", "accepted", "dismissed", "visited", "converted"]]

print(json.dumps({
    "funnel_seconds": t5 - t4, "funnel_total": funnel_total,
    "aggregate_seconds": t1 - t0, "analyse_seconds": t2 - t1, "roi_seconds": t3 - t2,
    "itt": [yt.mean() - yc.mean(), lo, hi, p], "cuped": [fit.params[1], fit.bse[1]],
    "sequential": [seq.expected, seq.ci[0], seq.ci[1]], "randomization_p_value": perm.pvalue,
    "cace": cace, "npv_quantiles": list(q),
    "versions": {"numpy": np.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__,
                 "gbstats": "0.8.0", "pandas": pd.__version__, "numpy_financial": "1.0.0"},
}))
