#!/usr/bin/env python3
"""Each report format as a whole ``spbe report`` process, against a bare ``spbe score`` process.

    uv run python bench/report_formats_bench.py [--rounds 5]

Set-up: a throwaway SQLite data directory holding the shared test cast's SPBE 2020 evaluation,
every indicator claimed, justified, given evidence and reviewed, with three finished years of
history (``tests/reports/builders.py``), as ``bench/report_pdf_bench.py`` builds it. Then, round
after round, the formats and the baseline take turns, each as a fresh process, as an operator
or a worker restarted for one report would pay it: start-up, imports, reading, rendering and
writing the file. The baseline is ``spbe score`` of one 47-indicator file: the same interpreter,
Django and framework library, and no report. Printed: the median wall time of each, and its
ratio to the baseline's median (issue 16 § 1: PDF ≤ 3×, the others ≤ 2×).

    uv run python bench/report_formats_bench.py --other-tree /work/main

also times each format as the other checkout's ``spbe`` (its own virtual environment) writes
it, from the same data, in the same rounds: two trees compared under the same load. Both
environments should hold compiled bytecode (``uv sync --compile-bytecode``), as a deployment
does, or each process pays for compiling what it imports.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ("pdf", "docx", "xlsx", "pptx")


def build(env: dict[str, str]) -> tuple[str, int]:
    """Migrate, load the catalogue and build the filled cast in a child process; return the
    agency's short name and the year."""
    script = (
        f"import os, sys, django; sys.path.insert(0, {str(ROOT)!r}); django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('migrate', verbosity=0)\n"
        "call_command('catalog', 'load', verbosity=0, stdout=open(os.devnull, 'w'))\n"
        "from tests.cast import make_cast\n"
        "from tests.clock import on_cast_day\n"
        "from tests.reports.builders import fill_evaluation\n"
        "with on_cast_day():\n"
        "    cast = make_cast(); fill_evaluation(cast)\n"
        "print(cast.evaluation.agency.slug, cast.evaluation.year)\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return output[-2], int(output[-1])


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--other-tree", type=Path, help="another checkout to time alongside")
    args = parser.parse_args()
    spbe = shutil.which("spbe")
    assert spbe, "run inside the project environment: uv run python bench/report_formats_bench.py"
    with tempfile.TemporaryDirectory(prefix="spbe-bench-") as directory:
        work = Path(directory)
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(
            {
                "SPBE_DATA_DIR": str(work / "data"),
                "DEBUG": "1",
                "DJANGO_SETTINGS_MODULE": "spbe.settings",
            }
        )
        agency, year = build(env)
        values = work / "values.json"
        values.write_text(json.dumps({str(n): 1 + n % 5 for n in range(1, 48)}))
        commands = {
            "score": [spbe, "score", "--framework", "spbe-2020", str(values)],
            **{
                fmt: [
                    spbe,
                    "report",
                    agency,
                    str(year),
                    "--format",
                    fmt,
                    "-o",
                    str(work / f"r.{fmt}"),
                ]
                for fmt in FORMATS
            },
        }
        if args.other_tree:
            other = str(args.other_tree.resolve() / ".venv" / "bin" / "spbe")
            for fmt in FORMATS:
                commands[f"{fmt}*"] = [other, *commands[fmt][1:-1], str(work / f"o.{fmt}")]
        for command in commands.values():  # warm up: bytecode, fonts, the file cache
            timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _round in range(args.rounds):
            for name, command in commands.items():
                times[name].append(timed(command, env))
    baseline = statistics.median(times["score"])
    print(f"{args.rounds} rounds, interleaved; medians of fresh processes")
    if args.other_tree:
        print(f"a format marked * is written by {args.other_tree}")
    for name, values_ in times.items():
        median = statistics.median(values_)
        print(f"{name:<6} {median:6.2f} s   ratio to spbe score {median / baseline:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
