#!/usr/bin/env python3
"""Benchmark ``spbe score --batch`` on 10,000 evaluations of 47 indicators in one process,
against the short exact scorer (about 25 statements) of ``bench/reference_scorer.py`` that prints the same bytes.

    uv run python bench/score_batch.py [--count 10000] [--rounds 3]

Creates a throwaway SQLite data directory, loads the catalogue, writes a JSON-lines file of
random SPBE 2020 evaluations (fixed seed), then runs the two processes in turns (rounds
interleaved), checks that their outputs are byte-identical, and prints the median wall time of
each, the ratio (issue 16 § 1: ≤ 2×), throughput and peak memory. Results go in
docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REFERENCE = Path(__file__).with_name("reference_scorer.py")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
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
        commands = {
            "spbe score --batch": [spbe, "score", "--batch", str(batch)],
            "reference scorer": [sys.executable, str(REFERENCE)],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        outputs: dict[str, bytes] = {}
        for _round in range(args.rounds):
            for name, command in commands.items():
                with batch.open("rb") as stdin:
                    started = time.perf_counter()
                    result = subprocess.run(
                        command, env=env, stdin=stdin, check=True, capture_output=True
                    )
                    times[name].append(time.perf_counter() - started)
                outputs[name] = result.stdout
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    ours, reference = outputs.values()
    assert ours == reference, "the two outputs differ"
    assert ours.count(b"\n") == args.count, "one output line per evaluation expected"
    medians = {name: statistics.median(values) for name, values in times.items()}
    baseline = medians["reference scorer"]
    print(f"evaluations      : {args.count}, outputs byte-identical, {args.rounds} rounds")
    for name, median in medians.items():
        print(f"{name:<19}: {median:6.2f} s median, ratio {median / baseline:5.2f}")
    print(f"throughput       : {args.count / medians['spbe score --batch']:,.0f} evaluations/s")
    print(f"peak memory (RSS): {peak_mib:.0f} MiB (the largest child)")


if __name__ == "__main__":
    main()
