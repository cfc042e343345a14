"""Extraction in a child process: the same answer, and hard limits the caller survives."""

import pytest

from spbe.textanalysis import ExtractionFailed, extract_pages
from spbe.textanalysis.isolated import _parse_answer, extract_pages_isolated
from tests.textanalysis import fabricate


def test_a_child_process_gives_the_same_pages_as_extracting_in_process(tmp_path):
    path = tmp_path / "perwal.pdf"
    path.write_bytes(fabricate.text_pdf(["Peraturan Wali Kota", "Pasal 1"]))
    assert extract_pages_isolated(path, "pdf") == extract_pages(path, "pdf")


def test_a_failure_in_the_child_arrives_with_its_code_and_params(tmp_path):
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(b"bukan zip")
    with pytest.raises(ExtractionFailed) as caught:
        extract_pages_isolated(path, "xlsx")
    assert (caught.value.code, caught.value.params["kind"]) == ("unreadable", "xlsx")


def test_a_child_that_overruns_its_time_is_reported_as_a_timeout(tmp_path):
    path = tmp_path / "pindaian.pdf"
    path.write_bytes(fabricate.scanned_pdf([fabricate.scanned_page(dpi=100)], dpi=100))
    with pytest.raises(ExtractionFailed) as caught:
        extract_pages_isolated(path, "pdf", timeout=0.01)
    assert caught.value.code == "timeout"


def test_a_child_killed_by_a_signal_is_reported_as_a_crash():
    with pytest.raises(ExtractionFailed) as caught:
        _parse_answer(-9, b"", b"")
    assert (caught.value.code, caught.value.params) == ("crashed", {"reason": "killed by signal 9"})


def test_a_child_that_dies_with_a_traceback_is_reported_with_its_last_line():
    with pytest.raises(ExtractionFailed) as caught:
        _parse_answer(1, b"", b"Traceback ...\nMemoryError: cannot allocate")
    assert caught.value.params == {"reason": "MemoryError: cannot allocate"}
