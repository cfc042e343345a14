"""Row issues of the published-results import in the user's words
(``benchmarks.issue_wording``): every issue code reads as a sentence in both languages, placed
on its row and column."""

from __future__ import annotations

import pytest
from django.utils import translation

from spbe.benchmarks.issue_wording import describe_issue
from spbe.benchmarks.issues import MESSAGES, RowIssue, Severity

PARAMS = {
    "column": "indeks",
    "value": "tiga",
    "allowed": "kota, kabupaten, provinsi, pusat",
    "named": "kota",
    "given": "kabupaten",
    "kind": "kabupaten",
    "minimum": "1",
    "maximum": "5",
    "framework": "spbe-2020",
    "first_row": "4",
    "index": "3,06",
    "expected": "Baik",
    "computed": "3,05",
}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_issue_reads_as_a_sentence_in_both_languages(code):
    issue = RowIssue(row=7, column="indeks", code=code, params=PARAMS)
    with translation.override("en"):
        english = describe_issue(issue)
    with translation.override("id"):
        indonesian = describe_issue(issue)
    assert english.startswith("row 7, indeks: ")
    assert english != indonesian
    assert "%(" not in english + indonesian


def test_the_values_of_an_issue_are_in_its_sentence():
    issue = RowIssue(row=3, column="predikat", code="predicate_mismatch", params=PARAMS)
    with translation.override("en"):
        assert describe_issue(issue) == (
            "row 3, predikat: the predicate tiga does not fit the index 3,06 (expected Baik)"
        )


def test_an_issue_of_the_whole_row_names_no_column():
    issue = RowIssue(row=5, column=None, code="duplicate", params={"first_row": 2})
    with translation.override("en"):
        assert describe_issue(issue) == (
            "row 5: the same agency, year and framework are already on row 2"
        )


def test_a_warning_is_worded_like_an_error_and_keeps_its_severity():
    issue = RowIssue(
        row=9,
        column="provinsi",
        code="unknown_province",
        params={"value": "Atlantis"},
        severity=Severity.WARNING,
    )
    with translation.override("en"):
        assert describe_issue(issue) == "row 9, provinsi: Atlantis is not a known province"
    assert issue.severity is Severity.WARNING


def test_an_issue_code_without_a_wording_falls_back_to_the_english_message(monkeypatch):
    monkeypatch.setitem(MESSAGES, "brand_new", "something {value} happened")
    issue = RowIssue(row=2, column=None, code="brand_new", params={"value": "odd"})
    with translation.override("en"):
        assert describe_issue(issue) == "row 2: something odd happened"
