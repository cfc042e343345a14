#!/usr/bin/env python3
"""Accuracy of the evidence pre-check on the generated corpus, per file format.

    uv run python bench/evidence_accuracy.py [--formats text_pdf,scanned_pdf,docx] [--keep DIR]

Generates the corpus (``tests.corpus``) into a temporary directory, runs the real
text extraction (``extract_pages``, with Tesseract OCR for scans) and the pre-check on every
file, and compares with the manifest's truth: accuracy of ``supported_level``, exact match and
precision/recall of the missing elements, and accuracy of the document facts (kind, number,
year, enacted, agency). Results and method go in docs/evidence-check.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

# The corpus generator is test code under tests/, importable from the checkout's root.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spbe.precheck import check_document, indicator_rules
from spbe.textanalysis import extract_pages
from tests.corpus import build_corpus
from tests.corpus.model import FORMATS, Format

KINDS = {".pdf": "pdf", ".docx": "docx"}
FACTS = ("kind", "number", "year", "enacted", "agency")


@dataclass
class Tally:
    files: int = 0
    level_right: int = 0
    missing_exact: int = 0
    true_missing: int = 0
    false_missing: int = 0
    overlooked: int = 0
    facts_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FACTS, 0))
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def add(self, entry: dict[str, Any], result: dict[str, Any], seconds: float) -> None:
        self.files += 1
        self.seconds += seconds
        level_ok = result["supported_level"] == entry["expected_supported_level"]
        self.level_right += level_ok
        predicted, expected = set(result["missing"]), set(entry["expected_missing"])
        exact = result["missing"] == entry["expected_missing"]
        self.missing_exact += exact
        self.true_missing += len(predicted & expected)
        self.false_missing += len(predicted - expected)
        self.overlooked += len(expected - predicted)
        for fact in FACTS:
            got, want = result["document"][fact], entry["expected_document"][fact]
            self.facts_right[fact] += got == want
            if got != want:
                self.errors.append(f"{entry['file']}: document {fact} {got!r} (expected {want!r})")
        if not (level_ok and exact):
            self.errors.append(
                f"{entry['file']}: level {result['supported_level']} "
                f"(expected {entry['expected_supported_level']}); "
                f"missing +{sorted(predicted - expected)} -{sorted(expected - predicted)}"
            )

    def row(self, name: str) -> str:
        precision = _ratio(self.true_missing, self.true_missing + self.false_missing)
        recall = _ratio(self.true_missing, self.true_missing + self.overlooked)
        facts = " | ".join(_percent(self.facts_right[f], self.files) for f in FACTS)
        return (
            f"| {name} | {self.files} | {_percent(self.level_right, self.files)} | "
            f"{_percent(self.missing_exact, self.files)} | {precision} | {recall} | {facts} | "
            f"{self.seconds / max(1, self.files):.1f} s |"
        )


def _ratio(part: int, whole: int) -> str:
    """A share as 0.000, or a dash when there is nothing to share."""
    return f"{part / whole:.3f}" if whole else "—"


def _percent(part: int, whole: int) -> str:
    """ "part/whole (pp %)", or a dash."""
    return f"{part}/{whole} ({100 * part / whole:.0f} %)" if whole else "—"


def check_file(directory: Path, entry: dict[str, Any]) -> dict[str, Any]:
    """Extract and check one file as an upload is; the answer in the manifest's terms."""
    path = directory / entry["file"]
    extracted = extract_pages(path, KINDS[path.suffix])
    rules = indicator_rules(entry["framework"], entry["indicator"])
    assert rules is not None, entry
    result = check_document(
        [page.text for page in extracted.pages],
        rules,
        agency=entry["agency"],
        ocr=extracted.ocr_used,
    )
    facts = result.document
    codes = sorted(flag.code for flag in result.flags)
    return {
        "supported_level": result.supported_level,
        "missing": list(result.missing),
        "mismatch": "mismatch" in codes,
        "flags": codes,
        "document": {
            "kind": facts.kind.value,
            "number": facts.number,
            "year": facts.year,
            "enacted": facts.enacted,
            "agency": str(facts.agency) if facts.agency else None,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    args = parser.parse_args()
    formats = [cast(Format, name) for name in args.formats.split(",")]
    with tempfile.TemporaryDirectory(prefix="spbe-corpus-") as scratch:
        directory = args.keep or Path(scratch)
        started = time.perf_counter()
        manifest = build_corpus(directory, formats=formats)
        print(f"Generated {len(manifest)} files in {time.perf_counter() - started:.0f} s")
        tallies: dict[str, Tally] = defaultdict(Tally)
        for entry in manifest:
            started = time.perf_counter()
            result = check_file(directory, entry)
            seconds = time.perf_counter() - started
            for name in (entry["format"], "all"):
                tallies[name].add(entry, result, seconds)
    header = (
        "| Format | Files | supported_level | missing: exact | missing: precision | "
        "missing: recall | " + " | ".join(f"document {f}" for f in FACTS) + " | time/file |"
    )
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for name in [*formats, "all"]:
        print(tallies[name].row(name))
    errors = tallies["all"].errors
    print(f"\n{len(errors)} wrong answers (level, missing elements or document facts):")
    for line in errors:
        print(f"- {line}")
    print(json.dumps({"files": tallies["all"].files, "errors": len(errors)}))


if __name__ == "__main__":
    main()
