#!/usr/bin/env python3
"""Make the CSV reader's reference fixture: 200 generated lead rows (bench/import/generate_leads.py,
seed 7) and how Python's csv module splits them into fields (generated-leads-200.json).

    python3 Tests/UptakeImportTests/Fixtures/make_reader_fixture.py   # from the package root
"""
import csv
import json
import pathlib
import subprocess
import sys

here = pathlib.Path(__file__).resolve().parent
root = here.parents[2]
out = here / "generated-leads-200.csv"
subprocess.run([sys.executable, str(root / "bench/import/generate_leads.py"), "--rows", "200", "--seed", "7",
                "--out", str(out)], check=True)
with open(out, newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
(here / "generated-leads-200.json").write_text(json.dumps(rows, ensure_ascii=False, indent=0) + "\n")
print(f"{len(rows)} records")
