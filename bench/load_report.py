"""The load test's figures per step, from locust's ``--csv`` statistics file: requests,
failures, throughput, and the 50th, 95th and 99th percentiles, with the steps whose p95 misses
the 1 s goal marked."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

GOAL_MS = 1000


def main() -> None:
    with Path(sys.argv[1]).open() as stats:
        rows = list(csv.DictReader(stats))
    print(
        f"{'step':<34} {'requests':>8} {'failed':>6} {'req/s':>6} {'p50':>6} {'p95':>6} {'p99':>6}"
    )
    for row in rows:
        name = f"{row['Type']} {row['Name']}" if row["Name"] != "Aggregated" else "ALL STEPS"
        p95 = float(row["95%"] or 0)
        mark = "  > 1 s" if p95 > GOAL_MS and row["Name"] != "Aggregated" else ""
        print(
            f"{name:<34} {row['Request Count']:>8} {row['Failure Count']:>6} "
            f"{float(row['Requests/s']):>6.1f} {row['50%']:>6} {row['95%']:>6} {row['99%']:>6}{mark}"
        )
    print("(times in ms)")


if __name__ == "__main__":
    main()
