#!/usr/bin/env python3
"""OPTW benchmark: our solver vs PyVRP vs OR-Tools on the Solomon-based instances, one route, same budgets.

Every solution (ours and the peers') is re-checked by the same independent feasibility check below
(truncated Euclidean travel, service start in [O, C], back at the depot by its C, each customer once)
before its score is counted. Gaps are to best-known-m1.csv (Righini and Salani). Solvers run one at a time.

Usage: run.py --ours "CMD" [--budgets 1,10] [--solvers ours,pyvrp,ortools] [--instances all|bk] [--seed 1]
  CMD is the command that solves one instance, e.g. ".build/release/uptake optw" (we append
  "solve FILE --routes 1 --seconds S --seed N --json").
"""
import argparse
import csv
import json
import math
import os
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data", "optw"))


def parse(path):
    """KU Leuven format: line 1 'k v N t', line 2 unused, N+1 node lines; O and C are the last two numbers."""
    with open(path, newline="") as handle:
        lines = [line.split() for line in handle.read().replace("\r", "").split("\n") if line.strip()]
    count = int(lines[0][2])
    nodes = []
    for fields in lines[2:count + 3]:
        v = [float(x) for x in fields]
        nodes.append(dict(id=int(v[0]), x=v[1], y=v[2], service=v[3], score=v[4], open=v[-2], close=v[-1]))
    return nodes


def travel(a, b):
    return math.floor(10 * math.hypot(a["x"] - b["x"], a["y"] - b["y"])) / 10


def check(nodes, routes):
    """Independent re-simulation. Returns the score, or raises ValueError."""
    by_id = {n["id"]: n for n in nodes}
    depot = nodes[0]
    seen = set()
    score = 0.0
    for route in routes:
        t, here = depot["open"], depot
        for cid in route:
            if cid in seen or cid not in by_id or cid == depot["id"]:
                raise ValueError(f"customer {cid} repeated or unknown")
            seen.add(cid)
            node = by_id[cid]
            t = max(t + travel(here, node), node["open"])
            if t > node["close"] + 1e-6:
                raise ValueError(f"customer {cid} starts at {t} after its close {node['close']}")
            t += node["service"]
            here = node
            score += node["score"]
        t += travel(here, depot)
        if t > depot["close"] + 1e-6:
            raise ValueError(f"route returns at {t} after {depot['close']}")
    return score


def solve_ours(command, path, seconds, seed, routes):
    args = shlex.split(command) + ["solve", path, "--routes", str(routes), "--seconds", str(seconds),
                                   "--seed", str(seed), "--json"]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return json.loads(out)["routes"]


def _client_locations(route):
    """Client indices (0-based, in the order added) of a PyVRP route's client visits."""
    out = []
    for activity in route:
        is_client = activity.is_client() if callable(activity.is_client) else activity.is_client
        if is_client:
            out.append(activity.idx)
    return out


def solve_pyvrp(nodes, seconds, seed, routes):
    from pyvrp import Model
    from pyvrp.stop import MaxRuntime

    scale = 10  # truncated distances have one decimal: work in tenths, exactly
    prize_scale = 10_000  # one score unit outweighs any travel saved by dropping a customer
    m = Model()
    locations = [m.add_location(x=n["x"], y=n["y"]) for n in nodes]
    depot = m.add_depot(locations[0], tw_early=int(nodes[0]["open"] * scale), tw_late=int(nodes[0]["close"] * scale))
    m.add_vehicle_type(num_available=routes, tw_early=int(nodes[0]["open"] * scale),
                       tw_late=int(nodes[0]["close"] * scale), unit_distance_cost=1)
    for node, location in zip(nodes[1:], locations[1:]):
        m.add_client(location, service_duration=int(round(node["service"] * scale)),
                     tw_early=int(round(node["open"] * scale)), tw_late=int(round(node["close"] * scale)),
                     prize=int(round(node["score"] * prize_scale)), required=False)
    for a, la in zip(nodes, locations):
        for b, lb in zip(nodes, locations):
            d = int(round(travel(a, b) * scale))
            m.add_edge(la, lb, distance=d, duration=d)
    result = m.solve(stop=MaxRuntime(seconds), seed=seed, display=False)
    best = result.best
    if not best.is_feasible():
        return []
    return [[nodes[1 + i]["id"] for i in _client_locations(route)] for route in best.routes()]


def solve_ortools(nodes, seconds, seed, routes):
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    scale = 10
    n = len(nodes)
    travel_matrix = [[int(round(travel(a, b) * scale)) for b in nodes] for a in nodes]
    transit_matrix = [[travel_matrix[i][j] + int(round(nodes[i]["service"] * scale)) for j in range(n)]
                      for i in range(n)]
    manager = pywrapcp.RoutingIndexManager(n, routes, 0)
    model = pywrapcp.RoutingModel(manager)
    arc = model.RegisterTransitMatrix(travel_matrix)
    model.SetArcCostEvaluatorOfAllVehicles(arc)
    time_cb = model.RegisterTransitMatrix(transit_matrix)
    horizon = int(nodes[0]["close"] * scale)
    model.AddDimension(time_cb, horizon, horizon, False, "Time")
    dimension = model.GetDimensionOrDie("Time")
    for i in range(1, n):
        index = manager.NodeToIndex(i)
        dimension.CumulVar(index).SetRange(int(round(nodes[i]["open"] * scale)), int(round(nodes[i]["close"] * scale)))
        model.AddDisjunction([index], int(round(nodes[i]["score"] * 10_000)))
    for v in range(routes):
        dimension.CumulVar(model.Start(v)).SetRange(int(nodes[0]["open"] * scale), horizon)
        dimension.CumulVar(model.End(v)).SetRange(int(nodes[0]["open"] * scale), horizon)
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.FromMilliseconds(int(seconds * 1000))
    solution = model.SolveWithParameters(params)
    if solution is None:
        return []
    result = []
    for v in range(routes):
        index = model.Start(v)
        route = []
        index = solution.Value(model.NextVar(index))
        while not model.IsEnd(index):
            route.append(nodes[manager.IndexToNode(index)]["id"])
            index = solution.Value(model.NextVar(index))
        result.append(route)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ours", required=True, help="command prefix of our solver (… solve FILE …)")
    parser.add_argument("--budgets", default="1,10")
    parser.add_argument("--solvers", default="ours,pyvrp,ortools")
    parser.add_argument("--instances", default="all", help="all (56) or bk (the 29 with a best-known score)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=os.path.join(HERE, "..", "out", "planner-optw.json"))
    args = parser.parse_args()

    best_known = {}
    with open(os.path.join(DATA, "best-known-m1.csv")) as handle:
        for row in csv.DictReader(handle):
            best_known[row["instance"]] = float(row["best_known"])
    names = sorted(f[:-4] for f in os.listdir(os.path.join(DATA, "solomon")) if f.endswith(".txt"))
    if args.instances == "bk":
        names = [n for n in names if n in best_known]
    solvers = args.solvers.split(",")
    records = []
    for budget in [float(b) for b in args.budgets.split(",")]:
        for solver in solvers:  # one solver at a time over all instances
            for name in names:
                path = os.path.join(DATA, "solomon", name + ".txt")
                nodes = parse(path)
                began = time.perf_counter()
                if solver == "ours":
                    routes = solve_ours(args.ours, path, budget, args.seed, 1)
                elif solver == "pyvrp":
                    routes = solve_pyvrp(nodes, budget, args.seed, 1)
                else:
                    routes = solve_ortools(nodes, budget, args.seed, 1)
                elapsed = time.perf_counter() - began
                try:
                    score = check(nodes, routes)
                    note = ""
                except ValueError as error:
                    score, note = 0.0, f"INFEASIBLE: {error}"
                bk = best_known.get(name)
                gap = (bk - score) / bk * 100 if bk else None
                records.append(dict(budget=budget, solver=solver, instance=name, score=score, gap=gap,
                                    seconds=elapsed, note=note))
                print(f"{budget:>4g}s {solver:<8} {name:<6} score {score:>6g}  best {bk or '-':>5}  "
                      f"gap {'' if gap is None else f'{gap:6.2f}%':>7}  {elapsed:6.2f}s {note}", flush=True)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as handle:
        json.dump(records, handle, indent=1)

    print()
    print("Per instance (1 route): score / gap to best-known")
    for budget in sorted({r["budget"] for r in records}):
        print(f"\n== budget {budget:g} s per instance ==")
        header = f"{'instance':<8} {'best':>6} " + " ".join(f"{s:>18}" for s in solvers)
        print(header)
        for name in names:
            cells = []
            for s in solvers:
                r = next((r for r in records if r["budget"] == budget and r["solver"] == s and r["instance"] == name), None)
                if r is None:
                    cells.append(f"{'':>18}")
                else:
                    gap = "" if r["gap"] is None else f"{r['gap']:.2f}%"
                    cells.append(f"{r['score']:>6g} {gap:>6} {r['seconds']:4.1f}s")
            bk = best_known.get(name)
            print(f"{name:<8} {bk or '-':>6} " + " ".join(cells))
        print(f"\nMean gap to best-known per family at {budget:g} s (lower is better):")
        print(f"{'family':<7} " + " ".join(f"{s:>9}" for s in solvers))
        for family in ["c1", "r1", "rc1", "all"]:
            means = []
            for s in solvers:
                gaps = [r["gap"] for r in records if r["budget"] == budget and r["solver"] == s and r["gap"] is not None
                        and (family == "all" or (r["instance"].startswith(family) and
                                                 r["instance"][len(family)].isdigit() and len(r["instance"]) == len(family) + 2))]
                means.append(sum(gaps) / len(gaps) if gaps else float("nan"))
            print(f"{family:<7} " + " ".join(f"{m:8.3f}%" for m in means))
        times = [sum(r["seconds"] for r in records if r["budget"] == budget and r["solver"] == s)
                 / max(1, sum(1 for r in records if r["budget"] == budget and r["solver"] == s)) for s in solvers]
        print(f"{'s/inst':<7} " + " ".join(f"{t:8.2f}s" for t in times))


if __name__ == "__main__":
    main()
