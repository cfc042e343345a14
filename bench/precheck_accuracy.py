#!/usr/bin/env python3
"""Accuracy of the evidence pre-check on the tuned part and on the held-back part of the
generated corpus (issue 12 § 4), each per file format.

    uv run python bench/precheck_accuracy.py [--formats text_pdf,docx,scanned_pdf]
                                             [--parts tuned,heldback] [--keep DIR] [--errors]
                                             [--only SLUG_PART]

The tuned part (``tests.corpus.plan``) is what the rules were written and corrected against;
the held-back part (``tests.corpus.heldback``) has other agencies, another seed and texts
written afresh, and the rules are never changed to pass it. Both are generated into a
temporary directory, read by the real extraction (Tesseract for scans) and checked. Reported
per part and format:

* supported level: files whose level is right;
* missing elements: files whose list of missing elements is exactly right, and precision and
  recall of the "missing" answers over all elements;
* kind mismatch: files whose "wrong object" flag (``mismatch``) is right, and how many of the
  documents that should be flagged were.

Results and their reading go in docs/evidence-check.md, "Measured accuracy".
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

# The corpus generator is test code under tests/, importable from the checkout's root.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.evidence_accuracy import _percent, _ratio, check_file
from tests.corpus import build_corpus
from tests.corpus.heldback import heldback_specs
from tests.corpus.model import FORMATS, Format
from tests.corpus.plan import corpus_specs

PARTS = ("tuned", "heldback")


@dataclass
class Tally:
    """Right answers of one part in one format."""

    files: int = 0
    level_right: int = 0
    missing_exact: int = 0
    true_missing: int = 0
    false_missing: int = 0
    overlooked: int = 0
    mismatch_right: int = 0
    mismatch_expected: int = 0
    mismatch_caught: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def add(self, entry: dict[str, Any], result: dict[str, Any], seconds: float) -> None:
        """Count one file's answer against its truth."""
        self.files += 1
        self.seconds += seconds
        level_ok = result["supported_level"] == entry["expected_supported_level"]
        self.level_right += level_ok
        predicted, expected = set(result["missing"]), set(entry["expected_missing"])
        exact = predicted == expected
        self.missing_exact += exact
        self.true_missing += len(predicted & expected)
        self.false_missing += len(predicted - expected)
        self.overlooked += len(expected - predicted)
        want = entry["expected_document"]["mismatch"]
        self.mismatch_right += result["mismatch"] == want
        self.mismatch_expected += want
        self.mismatch_caught += want and result["mismatch"]
        if not (level_ok and exact and result["mismatch"] == want):
            self.errors.append(
                f"{entry['file']}: level {result['supported_level']} "
                f"(expected {entry['expected_supported_level']}); missing "
                f"+{sorted(predicted - expected)} -{sorted(expected - predicted)}; mismatch "
                f"{result['mismatch']} (expected {want}); flags {result['flags']}"
            )

    def row(self, part: str, fmt: str) -> str:
        """One line of the Markdown table."""
        precision = _ratio(self.true_missing, self.true_missing + self.false_missing)
        recall = _ratio(self.true_missing, self.true_missing + self.overlooked)
        caught = f"{self.mismatch_caught}/{self.mismatch_expected}"
        return (
            f"| {part} | {fmt} | {self.files} | {_percent(self.level_right, self.files)} | "
            f"{_percent(self.missing_exact, self.files)} | {precision} | {recall} | "
            f"{_percent(self.mismatch_right, self.files)} | {caught} | "
            f"{self.seconds / max(1, self.files):.1f} s |"
        )


def main() -> None:
    """Generate both parts, check every file, print the table and the wrong answers."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument("--errors", action="store_true", help="list every wrong answer")
    parser.add_argument(
        "--only", default="", help="check only the documents whose slug contains this text"
    )
    args = parser.parse_args()
    formats = [cast(Format, name) for name in args.formats.split(",")]
    parts = [name for name in args.parts.split(",") if name]
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    with tempfile.TemporaryDirectory(prefix="spbe-corpus-") as scratch:
        for part in parts:
            directory = (args.keep or Path(scratch)) / part
            specs = corpus_specs() if part == "tuned" else heldback_specs()
            specs = [spec for spec in specs if args.only in spec.slug]
            started = time.perf_counter()
            manifest = build_corpus(directory, formats=formats, specs=specs)
            print(
                f"{part}: generated {len(manifest)} files in {time.perf_counter() - started:.0f} s"
            )
            for entry in manifest:
                started = time.perf_counter()
                result = check_file(directory, entry)
                seconds = time.perf_counter() - started
                for key in ((part, entry["format"]), (part, "all")):
                    tallies[key].add(entry, result, seconds)
    print()
    print(
        "| Part | Format | Files | supported level | missing: exact | missing: precision | "
        "missing: recall | kind mismatch right | mismatch caught | time/file |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for part in parts:
        for fmt in [*formats, "all"]:
            print(tallies[part, fmt].row(part, fmt))
    if args.errors:
        for part in parts:
            errors = tallies[part, "all"].errors
            print(f"\n{part}: {len(errors)} wrong answers")
            for line in errors:
                print(f"- {line}")


if __name__ == "__main__":
    main()
