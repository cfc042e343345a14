#!/usr/bin/env python3
"""Benchmark ``spbe score --batch`` on 10,000 evaluations of 47 indicators in one process.

    uv run python bench/score_batch.py [--count 10000]

Creates a throwaway SQLite data directory, loads the catalogue, writes a JSON-lines file of
random SPBE 2020 evaluations (fixed seed), then times the one ``spbe score --batch`` process
and reports wall time, throughput and peak memory. Results go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    spbe = shutil.which("spbe")
    assert spbe, "run inside the project environment: uv run python bench/score_batch.py"
    with tempfile.TemporaryDirectory() as directory:
        work = Path(directory)
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update({"SPBE_DATA_DIR": str(work / "data"), "DEBUG": "1"})
        for command in (["migrate", "-v0"], ["catalog", "load"]):
            subprocess.run([spbe, *command], env=env, check=True, capture_output=True)
        rng = random.Random(2024)
        batch = work / "batch.jsonl"
        with batch.open("w") as handle:
            for number in range(args.count):
                levels = {str(i): rng.randint(1, 5) for i in range(1, 48)}
                line = {"id": number, "framework": "spbe-2020", "year": 2024, "levels": levels}
                handle.write(json.dumps(line) + "\n")
        started = time.perf_counter()
        result = subprocess.run(
            [spbe, "score", "--batch", str(batch)],
            env=env,
            check=True,
            capture_output=True,
        )
        elapsed = time.perf_counter() - started
        lines = result.stdout.count(b"\n")
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        assert lines == args.count, f"expected {args.count} output lines, got {lines}"
        print(f"evaluations      : {args.count}")
        print(f"wall time        : {elapsed:.2f} s (including ~1 s of Django start-up)")
        print(f"throughput       : {args.count / elapsed:,.0f} evaluations/s")
        print(f"peak memory (RSS): {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
