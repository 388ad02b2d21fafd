#!/usr/bin/env python3
"""Write N generated lead rows as CSV in Uptake's canonical columns, plus extra attribute columns.

For the end-to-end import benchmark (`uptake import leads FILE`) and the parse+validate benchmark in
bench/import/ImportBench. Deterministic for a given seed. Names contain commas and quotes, and about one
row in 50 has a quoted note spanning two lines, so the reader's quoting and line counting are exercised.

    python3 bench/import/generate_leads.py --rows 1000000 --out /tmp/leads-1m.csv
"""
import argparse
import csv
import datetime
import random
import sys

INDUSTRIES = ["Insurance", "Real Estate", "Banking", "Retail", "Healthcare", "Construction", "Legal"]
TIERS = ["gold", "silver", "bronze", "bronze", "bronze"]
WORDS = ["Acme", "Birch", "Cedar", "Delta", "Summit", "Harbor", "Maple", "Pioneer", "Liberty", "Union"]
SUFFIXES = ["Insurance", "Agency", "Partners", "Group", "& Sons", "Associates"]
HOURS = ["", "", "Mo-Fr 09:00-17:00", "Mo-Fr 08:00-12:00,13:00-17:00; Sa 09:00-12:00"]

HEADER = ["id", "name", "latitude", "longitude", "tier", "expected_value", "created_at", "owner",
          "opening_hours", "industry", "employees", "annual_revenue", "is_franchise", "last_contacted", "notes"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=50, help="owners are rep-001 ... rep-NNN")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", default="-", help="output file, - for stdout")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    out = sys.stdout if args.out == "-" else open(args.out, "w", newline="", encoding="utf-8")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    start = datetime.datetime(2019, 1, 1, tzinfo=datetime.timezone.utc)
    for index in range(args.rows):
        word = rng.choice(WORDS)
        name = f"{word} {rng.choice(SUFFIXES)} #{index}"
        if index % 7 == 0:
            name = f"{word}, {rng.choice(WORDS)} & Co"
        if index % 97 == 0:
            name = f'The "{word}" Agency'
        created = start + datetime.timedelta(seconds=rng.randrange(0, 6 * 365 * 86400))
        contacted = created.date() + datetime.timedelta(days=rng.randrange(0, 400))
        note = "" if index % 50 else f"Met at the {word} fair.\nCall back in spring."
        writer.writerow([
            f"lead-{index:07d}",
            name,
            f"{rng.uniform(38.4, 41.98):.6f}",
            f"{rng.uniform(-84.82, -80.52):.6f}",
            rng.choice(TIERS),
            f"{rng.lognormvariate(8, 1):.2f}",
            created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            f"rep-{rng.randrange(1, args.reps + 1):03d}",
            rng.choice(HOURS),
            rng.choice(INDUSTRIES),
            rng.randrange(1, 120),
            f"{rng.lognormvariate(13, 1.2):.0f}",
            rng.choice(["true", "false"]),
            contacted.isoformat(),
            note,
        ])
    if out is not sys.stdout:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
