"""Shared data for the published-results tests: the real file, parsed once."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.published import PublishedFile, read_published
from spbe.benchmarks.services import published_results_import

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


# Real rows of the packaged file: one kota over two years, another kota, a kabupaten.
SIANTAR_2023 = 'Pemerintah Kota Pematang Siantar,kota,Sumatera Utara,2023,spbe-2020,3.30,2.50,1.00,3.56,2.84,Baik,"KemenPANRB, Laporan Evaluasi SPBE 2023"'
SIANTAR_2024 = 'Pemerintah Kota Pematang Siantar,kota,Sumatera Utara,2024,spbe-2020,3.50,2.70,1.36,3.74,3.06,Baik,"KemenPANRB, Laporan Pelaksanaan Evaluasi SPBE 2024"'
MEDAN_2024 = 'Pemerintah Kota Medan,kota,Sumatera Utara,2024,spbe-2020,3.20,3.20,1.64,4.80,3.67,Sangat Baik,"KemenPANRB, Laporan Pelaksanaan Evaluasi SPBE 2024"'
SIMALUNGUN_2024 = 'Pemerintah Kab. Simalungun,kabupaten,Sumatera Utara,2024,spbe-2020,2.30,1.60,1.00,3.31,2.37,Cukup,"KemenPANRB, Laporan Pelaksanaan Evaluasi SPBE 2024"'


def write_published(directory: Path, *rows: str, name: str = "hasil.csv") -> Path:
    """A published-results file of these rows, in the packaged file's format."""
    path = directory / name
    path.write_text("".join(csv_lines(*rows)), encoding="utf-8")
    return path


@pytest.fixture
def small_import(db: None, tmp_path: Path) -> None:
    """Four published results imported: Pematang Siantar 2023 and 2024, Medan, Simalungun."""
    published_results_import(
        path=write_published(tmp_path, SIANTAR_2023, SIANTAR_2024, MEDAN_2024, SIMALUNGUN_2024)
    )
