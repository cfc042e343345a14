#!/usr/bin/env python3
"""CPU time of each chart the agency dashboard draws, against an empty figure drawn to SVG.

    uv run python bench/chart_bench.py [--rounds 7]
    uv run python bench/chart_bench.py --other-tree /work/main   # two trees, same run

The data is the demo's shape (``spbe demo``): its 14 units, SPBE 2020's 4 domains and 8 aspects,
three series (self, verified, external) and a target, five years of history over two
frameworks with the national average. Each round draws, in a fresh-figure loop within one
process, every chart and the baseline (an empty ``Figure`` of the same size saved as SVG), in
turn, and measures ``time.process_time``; the median per chart and its ratio to the baseline's
median are printed, and the SVG's node count (elements, and the ``<g>`` among them that carry nothing).

The first drawing in a process also loads matplotlib's font cache; it is timed apart ("first")
and left out of the medians, which are what a warm worker pays for a cold cache entry.

With ``--other-tree``, each round runs this file once in a subprocess per tree (its own
``src``, this interpreter), alternating, so both trees are timed under the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = "{http://www.w3.org/2000/svg}"

UNITS = [
    ("Dinas Kominfo", 12, 10, 7, 1),
    ("Bappeda", 6, 6, 5, 0),
    ("BPKPD", 5, 3, 2, 1),
    ("BKPSDM", 4, 4, 4, 0),
    ("Inspektorat", 4, 2, 1, 2),
    ("Bagian Hukum", 3, 3, 2, 0),
    ("Bagian Organisasi", 3, 1, 0, 1),
    ("Bagian PBJ", 2, 2, 2, 0),
    ("Disdukcapil", 2, 1, 1, 0),
    ("DPMPTSP", 2, 0, 0, 2),
    ("Dinas Kesehatan", 1, 1, 0, 0),
    ("Dinas Pendidikan", 1, 0, 0, 0),
    ("Dinas Perpustakaan dan Kearsipan", 1, 1, 1, 0),
    ("RSUD dr. Djasamen Saragih", 1, 0, 0, 1),
]
# SPBE 2020's domains and aspects, by their names in the framework library.
_FRAMEWORK = json.loads((ROOT / "src/spbe/library/frameworks/spbe-2020.json").read_text())
DOMAINS = [domain["name"] for domain in _FRAMEWORK["domains"]]
ASPECTS = [aspect["name"] for aspect in _FRAMEWORK["aspects"]]


def _values(count: int, seed: float, missing: int | None = None) -> list[Decimal | None]:
    values: list[Decimal | None] = [
        Decimal(f"{1 + (seed * (i + 3)) % 4:.2f}") for i in range(count)
    ]
    if missing is not None:
        values[missing] = None
    return values


def charts() -> dict[str, Callable[[], object]]:
    """Each dashboard chart as a function returning its ``Chart``, on the demo's data."""
    from spbe.charts import (
        HistoryLabels,
        HistoryPoint,
        ProgressLabels,
        Role,
        Series,
        SeriesComparison,
        UnitProgress,
        comparison_bars,
        comparison_radar,
        index_history,
        unit_progress,
    )

    def comparison(labels: list[str]) -> SeriesComparison:
        return SeriesComparison(
            labels=labels,
            series=[
                Series("Mandiri", _values(len(labels), 0.37), Role.SELF),
                Series("Terverifikasi", _values(len(labels), 0.61, missing=1), Role.VERIFIED),
                Series("Evaluator eksternal", _values(len(labels), 0.83), Role.EXTERNAL),
            ],
            target=Decimal("3.50"),
            target_label="Target indeks",
        )

    units = [UnitProgress(*row) for row in UNITS]
    progress_labels = ProgressLabels("Terverifikasi", "Dikirim", "Terlambat", "Belum dikirim")
    history = [
        HistoryPoint(2021, Decimal("2.41"), Decimal("2.24"), series="SPBE 2020", label="2021"),
        HistoryPoint(2022, Decimal("2.77"), Decimal("2.44"), series="SPBE 2020"),
        HistoryPoint(2023, Decimal("3.05"), Decimal("2.61"), series="SPBE 2020"),
        HistoryPoint(2024, Decimal("3.12"), Decimal("2.79"), series="SPBE 2020"),
        HistoryPoint(2026, Decimal("2.95"), series="PEMDI 2026", unfinished=True),
    ]
    history_labels = HistoryLabels(
        index="Pemerintah Kota Contoh",
        national_average="Rata-rata nasional",
        target="Target",
        change="Kerangka berubah",
    )
    return {
        "units": lambda: unit_progress(units, title="Progres per unit", labels=progress_labels),
        "aspects": lambda: comparison_radar(comparison(ASPECTS), title="Indeks per aspek"),
        "domains": lambda: comparison_bars(comparison(DOMAINS), title="Indeks per domain"),
        "history": lambda: index_history(
            history,
            title="Indeks dari tahun ke tahun",
            labels=history_labels,
            target=Decimal("3.50"),
            target_series="PEMDI 2026",
        ),
    }


def empty_svg() -> str:
    """The baseline: an empty figure of a chart's size, written as SVG with the same settings."""
    import io

    import matplotlib
    from matplotlib.figure import Figure

    from spbe.charts.style import A4_WIDTH, RC

    buffer = io.StringIO()
    with matplotlib.rc_context(RC):
        Figure(figsize=(A4_WIDTH, 3.4)).savefig(buffer, format="svg")
    return buffer.getvalue()


def nodes(svg: str) -> tuple[int, int]:
    """The SVG's element count and how many of them are ``<g>`` carrying no attribute."""
    root = ET.fromstring(svg)
    elements = list(root.iter())
    bare = sum(1 for e in elements if e.tag == f"{SVG}g" and not e.attrib)
    return len(elements), bare


def measure(rounds: int) -> dict[str, object]:
    """Time every chart and the baseline, ``rounds`` times each, in this process."""
    kinds: dict[str, Callable[[], str]] = {"baseline": empty_svg}
    kinds.update({name: _svg_of(make) for name, make in charts().items()})
    first: dict[str, float] = {}
    times: dict[str, list[float]] = {name: [] for name in kinds}
    for round_ in range(rounds + 1):
        for name, draw in kinds.items():
            started = time.process_time()
            draw()
            spent = (time.process_time() - started) * 1000
            if round_ == 0:
                first[name] = spent
            else:
                times[name].append(spent)
    return {
        "first": first,
        "median": {name: statistics.median(values) for name, values in times.items()},
        "nodes": {name: nodes(draw()) for name, draw in kinds.items() if name != "baseline"},
    }


def _svg_of(make: Callable[[], object]) -> Callable[[], str]:
    return lambda: make().svg()  # type: ignore[attr-defined]


def _in_tree(tree: Path, rounds: int) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    out = subprocess.run(
        [sys.executable, __file__, "--rounds", str(rounds), "--json"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)


def _print(label: str, result: dict[str, object]) -> None:
    median = result["median"]
    first = result["first"]
    found = result.get("nodes", {})
    assert isinstance(median, dict) and isinstance(first, dict) and isinstance(found, dict)
    base = median["baseline"]
    print(f"{label}  (load average {os.getloadavg()[0]:.2f})")
    print(f"  {'chart':10} {'CPU ms':>8} {'÷ base':>7} {'first ms':>9} {'nodes':>6} {'bare g':>8}")
    for name, spent in median.items():
        count, bare = found.get(name, ("", ""))
        print(
            f"  {name:10} {spent:8.1f} {spent / base:7.2f} {first[name]:9.1f} "
            f"{count!s:>6} {bare!s:>8}"
        )
    charts_total = sum(spent for name, spent in median.items() if name != "baseline")
    print(f"  {'4 charts':10} {charts_total:8.1f} {charts_total / base:7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--other-tree", type=Path, help="another checkout to time alongside")
    args = parser.parse_args()
    if args.other_tree is None:
        result = measure(args.rounds)
        if args.json:
            print(json.dumps(result))
        else:
            _print(str(ROOT), result)
        return
    trees = {"this tree": ROOT, str(args.other_tree): args.other_tree.resolve()}
    runs: dict[str, list[dict[str, object]]] = {label: [] for label in trees}
    # Few rounds per process, several processes per tree, alternating: the load changes.
    for _ in range(3):
        for label, tree in trees.items():
            runs[label].append(_in_tree(tree, args.rounds))
    for label, results in runs.items():
        _print(label, _merged(results))


def _merged(results: list[dict[str, object]]) -> dict[str, object]:
    """The median over processes of each chart's median, the first process's node counts."""
    merged: dict[str, object] = {"nodes": results[0]["nodes"]}
    for key in ("first", "median"):
        names = results[0][key]
        assert isinstance(names, dict)
        merged[key] = {
            name: statistics.median(r[key][name] for r in results)  # type: ignore[index]
            for name in names
        }
    return merged


if __name__ == "__main__":
    main()
