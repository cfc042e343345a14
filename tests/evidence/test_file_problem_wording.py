"""File refusals and unreadable files in the user's words (``evidence.file_problem_wording``):
every code the text analysis can raise has its own sentence in both languages, with sizes in
human units and the page where one is known."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from spbe.evidence.file_problem_wording import describe_file_problem
from spbe.textanalysis import ExtractionFailed, UnsafeFile
from spbe.textanalysis.errors import _ZIP_BOMB_REASONS

# Parameters such as the analysis gives them, for every placeholder its messages use.
PARAMS = {
    "size": 80 * 1024 * 1024,
    "max_bytes": 50 * 1024 * 1024,
    "limit": 500,
    "name": "../sk.pdf",
    "extension": "docx",
    "detected": "application/zip",
    "reason": "entries",
    "entries": 100_000,
    "uncompressed": 3 * 1024**3,
    "ratio": 1000,
    "entry": "inner.zip",
    "pixels": 400_000_000,
    "kind": "pdf",
    "language": "ind",
    "step": "OCR",
    "seconds": 120.0,
    "other": "zip",
}


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def every_error() -> list[UnsafeFile | ExtractionFailed]:
    return [UnsafeFile(code, **PARAMS) for code in UnsafeFile.messages] + [
        ExtractionFailed(code, **PARAMS) for code in ExtractionFailed.messages
    ]


@pytest.mark.parametrize("error", every_error(), ids=lambda error: error.code)
def test_every_code_has_a_sentence_of_its_own_not_the_log_message(error):
    sentence = describe_file_problem(error)
    assert sentence != str(error)
    assert sentence[0].isupper() and "%(" not in sentence


@pytest.mark.parametrize("error", every_error(), ids=lambda error: error.code)
def test_every_code_has_an_indonesian_sentence(error):
    english = describe_file_problem(error)
    with translation.override("id"):
        assert describe_file_problem(error) != english


def test_sizes_are_shown_in_human_units_kept_on_one_line():
    error = UnsafeFile("too_large", size=80 * 1024 * 1024, max_bytes=50 * 1024 * 1024)
    assert describe_file_problem(error) == "The file is 80.0\xa0MB; the limit is 50.0\xa0MB."


@pytest.mark.parametrize(
    ("reason", "detail"),
    [
        ("entries", "it holds 100000 entries"),
        ("total_size", "it would expand to 3.0\xa0GB"),
        ("ratio", "it would expand 1000-fold"),
        ("nested_archive", "it contains another archive"),
    ],
)
def test_a_zip_bomb_says_how_it_would_overload_the_server(reason, detail):
    assert set(_ZIP_BOMB_REASONS) >= {reason}
    error = UnsafeFile("zip_bomb", **{**PARAMS, "reason": reason})
    assert describe_file_problem(error) == (
        f"The docx file was refused because it is built to overload the server: {detail}."
    )


def test_a_failure_on_one_page_names_the_page():
    error = ExtractionFailed("ocr_failed", reason="tesseract crashed", page=3)
    assert describe_file_problem(error) == "Text recognition (OCR) failed. (page 3)"


def test_a_parameter_the_error_did_not_give_reads_as_empty_rather_than_failing():
    error = UnsafeFile.__new__(UnsafeFile)
    error.code, error.params = "content_mismatch", {}
    assert describe_file_problem(error) == (
        "The file is named . but its content is something else ()."
    )


def test_an_unknown_code_falls_back_to_the_english_description():
    error = ExtractionFailed.__new__(ExtractionFailed)
    error.code, error.params = "new_code", {}
    Exception.__init__(error, "something new happened")
    assert describe_file_problem(error) == "something new happened"


def test_no_sentence_leaves_a_placeholder_unfilled():
    for error in every_error():
        assert not re.search(r"%\(\w+\)s", describe_file_problem(error)), error.code
