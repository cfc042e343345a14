"""Score results as JSON-ready data and as readable tables (``catalog.presenters``), for the CLI
and the reports: exact values beside the rounded ones, and every indicator of an estimate with
its source, what blocks it, and its notes."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest
from django.utils import translation

from spbe.catalog.presenters import (
    NOTE_LABELS,
    SOURCE_LABELS,
    basis_label,
    estimate_as_json,
    estimate_as_table,
    exact_text,
    result_as_json,
    result_as_table,
)
from spbe.scoring.engine import score
from spbe.scoring.estimate import EstimateNote, ValueSource, estimate
from spbe.scoring.external_index import ExternalValue
from spbe.scoring.items import ItemStatus
from spbe.scoring.model import PredicateBasis
from spbe.scoring.values import parse_values
from tests.conftest import library_framework

SPBE = library_framework("spbe-2020")
PEMDI = library_framework("pemdi-2026")


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def spbe_result(level: int = 3, *, year: int | None = 2024):
    values = parse_values(SPBE, {str(n): level for n in SPBE.indicator_numbers})
    return score(SPBE, values, year=year)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("3"), "3.00"),
        (Decimal("3.5"), "3.50"),
        (Decimal("3.0600"), "3.06"),
        (Decimal("2.6047619047"), "2.6047619047"),
        (Decimal("1E+1"), "10.00"),
    ],
)
def test_an_exact_value_keeps_every_decimal_it_has_and_at_least_two(value, text):
    assert exact_text(value) == text


def test_the_predicate_basis_names_the_year_of_its_policy_or_the_default():
    assert basis_label(PredicateBasis.ROUNDED, 2024) == (
        "decided by the index rounded to two decimals (policy for 2024)"
    )
    assert basis_label(PredicateBasis.EXACT, None) == (
        "decided by the unrounded index (default policy)"
    )


def test_the_json_of_a_result_gives_each_figure_as_text_rounded_and_exact():
    data = result_as_json(spbe_result(), identifier="siantar-2024")
    assert data["id"] == "siantar-2024"
    assert (data["framework"], data["year"], data["index"]) == ("spbe-2020", 2024, "3.00")
    assert data["index_exact"] == "3.00"
    assert data["predicate"] == "Baik"
    assert len(data["domains"]) == 4 and len(data["aspects"]) == 8
    assert set(data["domains"][0]) == {"number", "name", "index", "index_exact"}
    json.dumps(data)  # plain JSON, no Decimals left


def test_without_an_identifier_the_json_has_no_id():
    assert "id" not in result_as_json(spbe_result())


def test_the_table_of_a_result_lists_the_index_predicate_domains_and_aspects():
    table = result_as_table(spbe_result(), title="Kota Uji 2024")
    lines = table.splitlines()
    assert lines[0] == "Kota Uji 2024"
    assert lines[2].startswith("Index       : 3.00  (unrounded: 3.00)")
    assert lines[3] == "Predicate   : Baik"
    assert "policy for 2024" in lines[4]
    domain_header = next(i for i, line in enumerate(lines) if line.startswith("Domain"))
    assert lines[domain_header + 1].startswith("1. ")
    assert any(line.startswith("Aspect") for line in lines)


def test_a_framework_without_predicates_says_so_in_the_table():
    result = spbe_result()
    without = dataclasses.replace(result, predicate=None)
    assert "— (this framework has no predicate table)" in result_as_table(without, title="x")


def test_a_long_domain_name_is_cut_to_keep_the_columns():
    table = result_as_table(spbe_result(), title="x")
    assert all(len(line) <= 62 + 1 + 7 + 2 + 20 for line in table.splitlines()[5:])


def pemdi_estimate():
    return estimate(
        PEMDI,
        evaluation_year=2026,
        item_statuses={"I1-L1-01": ItemStatus.ACCEPTED, "I1-L2-01": ItemStatus.SUBMITTED},
        external_values={5: ExternalValue(value=Decimal("64"), year=2025)},
    )


def test_the_json_of_an_estimate_adds_every_indicator_with_its_source_and_readings():
    data = estimate_as_json(pemdi_estimate())
    by_number = {entry["number"]: entry for entry in data["indicators"]}
    assert len(by_number) == len(PEMDI.indicator_numbers)
    five = by_number[5]
    assert five["source"] == "external"
    assert five["external"]["value"] == "64"
    assert five["external"]["year"] == 2025
    assert five["external"]["outdated"] is True
    assert "external_value_outdated" in five["notes"]
    one = by_number[1]
    assert one["source"] == "items"
    statuses = {item["code"]: item for item in one["items"]}
    assert statuses["I1-L1-01"]["status"] == "diterima"
    assert statuses["I1-L2-01"]["own_status"] == "diajukan"
    json.dumps(data)


def test_the_table_of_an_estimate_has_a_line_per_indicator_with_its_source_and_notes():
    table = estimate_as_table(pemdi_estimate(), title="Kota Uji 2026")
    lines = table.splitlines()
    header = next(i for i, line in enumerate(lines) if line.strip().startswith("Indicator"))
    rows = lines[header + 1 :]
    assert len(rows) == len(PEMDI.indicator_numbers)
    five = next(row for row in rows if row.split()[0] == "5")
    assert "external index" in five
    assert "index value of an earlier year" in five
    assert all(row == row.rstrip() for row in rows)


def test_every_source_and_note_has_a_label():
    assert set(SOURCE_LABELS) == set(ValueSource)
    assert set(NOTE_LABELS) == set(EstimateNote)
    with translation.override("id"):
        assert str(SOURCE_LABELS[ValueSource.CLAIMED]) != "claimed"
