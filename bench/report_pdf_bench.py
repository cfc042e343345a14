#!/usr/bin/env python3
"""Benchmark the PDF report of a 47-indicator SPBE 2020 evaluation with its charts.

    uv run python bench/report_pdf_bench.py          # BENCH_RUNS=5 by default

Set-up: a throwaway SQLite database; the shared test cast's SPBE 2020 evaluation with every
indicator claimed, justified, given two pieces of evidence and reviewed (most verified, some
returned), and three finished years of history (``tests/reports/builders.py``). Each run builds
the report data, draws the charts and renders the PDF exactly as the background task does; the
median and the slowest run are printed, split by stage (wall-clock), with the process's CPU
time: on a shared machine the CPU time shows the work, the wall-clock time what a user waits.
The issue's budget is 5 s of wall-clock time.
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

# The benchmark reuses the tests' cast and builder, so the checkout's root must be importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spbe.settings")
if "SPBE_DATA_DIR" not in os.environ:
    # A throwaway database and file store, removed at exit.
    os.environ["SPBE_DATA_DIR"] = tempfile.mkdtemp(prefix="spbe-bench-")
    atexit.register(shutil.rmtree, os.environ["SPBE_DATA_DIR"], ignore_errors=True)
os.environ.setdefault("DEBUG", "1")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.template.loader import render_to_string  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from weasyprint import HTML  # noqa: E402
from weasyprint.urls import URLFetcher  # noqa: E402

from spbe.evaluations.models import Evaluation  # noqa: E402
from spbe.organizations.actors import SYSTEM  # noqa: E402
from spbe.reports.data import report_data  # noqa: E402
from spbe.reports.models import ReportFormat  # noqa: E402
from spbe.reports.pdf import TEMPLATE, pdf_context, render_pdf  # noqa: E402
from spbe.reports.render import render_report  # noqa: E402
from tests.cast import make_cast  # noqa: E402
from tests.clock import on_cast_day  # noqa: E402
from tests.reports.builders import fill_evaluation  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
BUDGET = 5.0


def build() -> int:
    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("catalog", "load", verbosity=0, stdout=quiet)
    prefix = f"bench{int(time.time())}-"
    # The cast's deadlines are fixed, so it is built on its day, as in the tests.
    with on_cast_day():
        cast = make_cast(prefix=prefix)
        fill_evaluation(cast)
    return cast.evaluation.pk


def stages(evaluation: Evaluation) -> dict[str, float]:
    """One report, timed stage by stage (the same steps as ``render_pdf``)."""
    timings: dict[str, float] = {}
    cpu_started = time.process_time()
    started = time.perf_counter()
    data = report_data(evaluation, SYSTEM, now=timezone.localtime())
    timings["data"] = time.perf_counter() - started
    mark = time.perf_counter()
    context = pdf_context(data)
    timings["charts"] = time.perf_counter() - mark
    mark = time.perf_counter()
    html = render_to_string(TEMPLATE, context)
    document = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"})).render()
    timings["layout"] = time.perf_counter() - mark
    mark = time.perf_counter()
    pdf = document.write_pdf()
    timings["write"] = time.perf_counter() - mark
    timings["total"] = time.perf_counter() - started
    timings["cpu"] = time.process_time() - cpu_started
    timings["pages"] = len(document.pages)
    timings["bytes"] = len(pdf)
    return timings


def main() -> int:
    pk = build()
    evaluation = Evaluation.objects.select_related("agency", "revision__framework").get(pk=pk)
    with translation.override("id"):
        render_pdf(
            report_data(evaluation, SYSTEM, now=timezone.localtime())
        )  # warm up: fonts, framework parse, templates
        runs = [stages(evaluation) for _ in range(RUNS)]
    print(f"{RUNS} runs, {evaluation.assessments.count()} indicators")
    for key in ("data", "charts", "layout", "write", "total", "cpu"):
        values = [run[key] for run in runs]
        print(f"{key:<7} median {statistics.median(values):5.2f} s   max {max(values):5.2f} s")
    print(f"pages {runs[0]['pages']:.0f}, size {runs[0]['bytes'] / 1024:.0f} KiB")
    with translation.override("id"):
        for fmt in (ReportFormat.XLSX, ReportFormat.DOCX, ReportFormat.PPTX):
            started = time.perf_counter()
            content = render_report(evaluation, fmt, SYSTEM).content
            print(
                f"{fmt.value:<5} one run {time.perf_counter() - started:5.2f} s, {len(content) / 1024:.0f} KiB"
            )
    worst = max(run["total"] for run in runs)
    print(
        f"budget {BUDGET} s: {'met' if worst < BUDGET else 'NOT met'} (slowest run {worst:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
