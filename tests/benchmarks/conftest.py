"""Shared data for the published-results tests: the real file, parsed once."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.published import PublishedFile, read_published

PUBLISHED_DIR = Path(__file__).parents[2] / "src" / "spbe" / "library" / "published"
RESULTS_CSV = PUBLISHED_DIR / "spbe-results.csv"
HEADER = (
    "instansi,kind,province,year,framework,d1_kebijakan,d2_tata_kelola,d3_manajemen,"
    "d4_layanan,index,predicate,source"
)


def raw_rows() -> list[dict[str, str]]:
    """The file as the csv module reads it, without any of the code under test."""
    with RESULTS_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def csv_lines(*rows: str, header: str = HEADER) -> list[str]:
    return [f"{header}\n", *(f"{row}\n" for row in rows)]


@pytest.fixture(scope="session")
def published_file() -> PublishedFile:
    return read_published(RESULTS_CSV)


@pytest.fixture(scope="session")
def published(published_file: PublishedFile) -> ResultSet:
    return ResultSet(published_file.require_valid())
