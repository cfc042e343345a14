#!/usr/bin/env python3
"""Speed of the evidence pre-check with the current rules (issue 12 § 5), as ratios to a
baseline measured in the same run.

    uv run python bench/precheck_speed.py [--rounds 3]

* a 30-page text PDF (a comprehensive "Penyelenggaraan SPBE" regulation of all ten SPBE 2020
  policy indicators, with the ten dedicated regulations as its Lampiran): the pre-check for
  one indicator and for all ten, against reading its text layer (``extract_pages``);
* a 10-page scan of the same regulation: ``extract_pages`` (OCR, pages side by side) and the
  pre-check of all ten indicators, against plain ``tesseract PAGE stdout -l ind`` with one
  thread on the same page images (the baseline of ``bench/ocr_bench.py``);
* growth with the number of indicators: comprehensive regulations of 1 to 10 chapters, each
  checked against all its indicators, and the 10-chapter one checked against 1 to 10.

Rounds are interleaved and the best of each kept (the machine is shared). The structure cache
is cleared before each document's first indicator, so every figure includes one parse.
Results go in docs/performance.md, "Evidence: the pre-check".
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader, PdfWriter

from bench.ocr_bench import children_cpu, plain
from spbe.precheck import check_document, indicator_rules
from spbe.precheck.rules import IndicatorRules
from spbe.precheck.structure import _parse
from spbe.textanalysis import extract_pages
from tests.corpus import drafting
from tests.corpus.compose import compose
from tests.corpus.forms import Paragraph
from tests.corpus.issuers import SIANTAR
from tests.corpus.model import Spec, Topic
from tests.corpus.plan import SPBE_TOPICS, regulated_for
from tests.corpus.render import _degrade, _draw_pages, write_text_pdf

AGENCY = SIANTAR.name


def rules(indicator: int) -> IndicatorRules:
    found = indicator_rules("spbe-2020", indicator)
    assert found is not None
    return found


def spec(topic: Topic, **changes: object) -> Spec:
    fields: dict[str, object] = {
        "slug": f"bench-{topic.indicator}",
        "framework": "spbe-2020",
        "indicator": topic.indicator,
        "topic": topic,
        "issuer": SIANTAR,
        "regulated": regulated_for(rules(topic.indicator), 4),
        "number": "12",
        "year": 2025,
        "date": "14 Maret 2025",
    }
    fields.update(changes)
    return Spec(**fields)  # type: ignore[arg-type]


def comprehensive(topics: Sequence[Topic], *, lampiran: bool = False) -> list[Paragraph]:
    """The paragraphs of a comprehensive regulation with a chapter per topic; with
    ``lampiran``, each topic's dedicated regulation follows as an annex."""
    drafting.OMNIBUS_TOPICS = tuple(topics)
    paragraphs = compose(spec(drafting.omnibus_topic(topics[0])))
    if lampiran:
        for topic in topics:
            paragraphs.append(Paragraph(f"LAMPIRAN {topic.indicator}", "body"))
            paragraphs += compose(spec(topic, slug=f"bench-lampiran-{topic.indicator}"))
    return paragraphs


def first_pages(source: Path, target: Path, count: int) -> int:
    """Write the first ``count`` pages of ``source`` to ``target``; returns the page count."""
    reader, writer = PdfReader(source), PdfWriter()
    for page in reader.pages[:count]:
        writer.add_page(page)
    with target.open("wb") as handle:
        writer.write(handle)
    return min(count, len(reader.pages))


def check_all(pages: list[str], indicators: Sequence[int]) -> None:
    """Check one document against ``indicators``, parsing it once as the product does."""
    _parse.cache_clear()
    for indicator in indicators:
        check_document(pages, rules(indicator), agency=AGENCY)


def best(rounds: int, jobs: dict[str, Callable[[], object]]) -> dict[str, tuple[float, float]]:
    """Wall and CPU seconds (children included) of each job, best of ``rounds``."""
    results: dict[str, tuple[float, float]] = {}
    for _ in range(rounds):
        for name, job in jobs.items():
            cpu, started = children_cpu() + time.process_time(), time.perf_counter()
            job()
            wall = time.perf_counter() - started
            cpu = children_cpu() + time.process_time() - cpu
            if name not in results or wall < results[name][0]:
                results[name] = (wall, cpu)
    return results


def text_pdf_figures(work: Path, rounds: int) -> None:
    full = work / "comprehensive.pdf"
    write_text_pdf(comprehensive(SPBE_TOPICS, lampiran=True), full)
    pdf = work / "thirty.pdf"
    count = first_pages(full, pdf, 30)
    pages = [page.text for page in extract_pages(pdf, "pdf").pages]
    every = [topic.indicator for topic in SPBE_TOPICS]
    results = best(
        rounds,
        {
            "read the text layer (baseline)": lambda: extract_pages(pdf, "pdf"),
            "pre-check, 1 indicator": lambda: check_all(pages, every[:1]),
            "pre-check, 10 indicators": lambda: check_all(pages, every),
        },
    )
    print(f"\nText PDF, {count} pages, best of {rounds}")
    table(results, "read the text layer (baseline)")


def scan_figures(work: Path, rounds: int) -> None:
    rng = random.Random(12)
    images = [_degrade(page, rng, 175) for page in _draw_pages(comprehensive(SPBE_TOPICS), 175)]
    images = images[:10]
    paths = []
    for number, image in enumerate(images, 1):
        paths.append(work / f"scan-{number}.png")
        image.save(paths[-1], dpi=(175, 175))
    pdf = work / "scan.pdf"
    images[0].save(pdf, "PDF", resolution=175, save_all=True, append_images=images[1:], quality=75)
    every = [topic.indicator for topic in SPBE_TOPICS]
    tesseract = plain(1)

    def ours() -> None:
        check_all([page.text for page in extract_pages(pdf, "pdf").pages], every)

    results = best(
        rounds,
        {
            "plain tesseract, 1 thread (baseline)": lambda: tesseract(paths, pdf),
            "extract_pages (OCR) + pre-check, 10 indicators": ours,
        },
    )
    print(f"\nScanned PDF, {len(images)} pages at 175 dpi, best of {rounds}")
    table(results, "plain tesseract, 1 thread (baseline)")


def table(results: dict[str, tuple[float, float]], baseline: str) -> None:
    base_wall, base_cpu = results[baseline]
    print("| Step | Wall | CPU | Wall ÷ baseline | CPU ÷ baseline |")
    print("|---|---|---|---|---|")
    for name, (wall, cpu) in results.items():
        print(
            f"| {name} | {wall:.3f} s | {cpu:.3f} s | {wall / base_wall:.2f} | {cpu / base_cpu:.2f} |"
        )


def growth_figures(work: Path, rounds: int) -> None:
    print(f"\nComprehensive regulations, best of {rounds}")
    print(
        "| Chapters | Pages | Indicators checked | Total | Per indicator | Per indicator and page |"
    )
    print("|---|---|---|---|---|---|")
    documents: dict[int, list[str]] = {}
    for chapters in (1, 2, 3, 5, 7, 10):
        path = work / f"chapters-{chapters}.pdf"
        write_text_pdf(comprehensive(SPBE_TOPICS[:chapters]), path)
        documents[chapters] = [page.text for page in extract_pages(path, "pdf").pages]
    every = [topic.indicator for topic in SPBE_TOPICS]
    rows = [(chapters, chapters) for chapters in documents] + [(10, k) for k in (1, 2, 3, 5, 7)]
    jobs: dict[str, Callable[[], object]] = {
        f"{c}/{k}": (lambda c=c, k=k: check_all(documents[c], every[:k])) for c, k in rows
    }
    results = best(rounds, jobs)
    for chapters, checked in rows:
        wall = results[f"{chapters}/{checked}"][0]
        pages = len(documents[chapters])
        print(
            f"| {chapters} | {pages} | {checked} | {1000 * wall:.0f} ms | "
            f"{1000 * wall / checked:.1f} ms | {1000 * wall / checked / pages:.2f} ms |"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", choices=("text", "scan", "growth"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="spbe-precheck-speed-") as directory:
        work = Path(directory)
        for name, figures in (
            ("text", text_pdf_figures),
            ("scan", scan_figures),
            ("growth", growth_figures),
        ):
            if args.only in (None, name):
                figures(work, args.rounds)


if __name__ == "__main__":
    main()
