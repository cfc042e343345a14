"""Problems in a published-results file: messages, places and the error that stops an import."""

from __future__ import annotations

import re
import string

import pytest

from spbe.benchmarks.issues import MESSAGES, PublishedFileError, RowIssue, Severity


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_an_issue_is_an_error_unless_said_otherwise():
    assert RowIssue(3, "year", "required").severity is Severity.ERROR


def test_the_message_fills_in_the_parameters():
    issue = RowIssue(4, "index", "out_of_range", {"value": 7, "minimum": 0, "maximum": 5})
    assert issue.message == "7 is outside 0–5"


def test_the_text_names_the_row_and_the_column():
    issue = RowIssue(5, "province", "unknown_province", {"value": "Atlantis"}, Severity.WARNING)
    assert str(issue) == "row 5, province: 'Atlantis' is not a known province"


def test_the_text_of_a_whole_row_issue_names_only_the_row():
    issue = RowIssue(7, None, "duplicate", {"first_row": 2})
    assert str(issue) == "row 7: the same agency, year and framework are already on row 2"


def test_an_unknown_code_cannot_be_phrased():
    with pytest.raises(KeyError):
        _ = RowIssue(2, None, "no_such_code").message


def test_a_missing_parameter_cannot_be_phrased():
    with pytest.raises(KeyError, match="column"):
        _ = RowIssue(2, None, "missing_column").message


def test_issues_are_values_compared_field_by_field():
    assert RowIssue(2, "kind", "required") == RowIssue(2, "kind", "required")
    assert RowIssue(2, "kind", "required") != RowIssue(3, "kind", "required")


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_can_be_phrased_from_its_own_placeholders(code):
    params = {name: f"<{name}>" for name in placeholders(MESSAGES[code])}
    message = RowIssue(2, None, code, params).message
    assert "{" not in message
    assert all(f"<{name}>" in message for name in params)


def test_the_file_error_counts_and_lists_its_issues():
    issues = (RowIssue(2, "year", "required"), RowIssue(3, None, "extra_fields"))
    error = PublishedFileError(issues)
    assert error.issues == issues
    assert str(error) == (
        "2 error(s): row 2, year: a value is required; row 3: the row has more fields than the header"
    )


def test_the_file_error_shows_five_issues_and_counts_the_rest():
    issues = tuple(RowIssue(row, "year", "required") for row in range(2, 10))
    text = str(PublishedFileError(issues))
    assert text.startswith("8 error(s): ")
    assert len(re.findall(r"row \d+", text)) == 5
    assert "row 6," in text and "row 7," not in text
    assert text.endswith("(and 3 more)")


def test_the_file_error_with_exactly_five_issues_has_no_more():
    issues = tuple(RowIssue(row, "year", "required") for row in range(2, 7))
    assert "more" not in str(PublishedFileError(issues))


def test_the_file_error_is_a_value_error():
    assert isinstance(PublishedFileError(()), ValueError)
