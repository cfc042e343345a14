"""Checking one published row: the framework's scale, domains and predicates, from the library."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.benchmarks.issues import Severity
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.validation import (
    DOMAIN_COLUMNS,
    INDEX_TOLERANCE,
    MAX_YEAR,
    MIN_YEAR,
    RowCheck,
    library_rules,
)

D = Decimal


@pytest.fixture(scope="module")
def spbe_2020_rules():
    return library_rules()["spbe-2020"]


@pytest.fixture(scope="module")
def spbe_2018_rules():
    return library_rules()["spbe-2018"]


def codes(check: RowCheck) -> list[tuple[str | None, str, Severity]]:
    return [(issue.column, issue.code, issue.severity) for issue in check.issues]


# Rules of the library


def test_the_library_has_rules_for_every_framework_it_ships():
    assert {"spbe-2018", "spbe-2020", "pemdi-2026"} <= set(library_rules())


def test_the_rules_are_read_once_per_process():
    assert library_rules() is library_rules()


def test_spbe_2020_runs_from_one_to_five_with_four_weighted_domains(spbe_2020_rules):
    assert (spbe_2020_rules.minimum, spbe_2020_rules.maximum) == (1, 5)
    assert list(spbe_2020_rules.domain_weights) == list(DOMAIN_COLUMNS)
    assert spbe_2020_rules.domain_weights["d4_layanan"] == D("0.455")


@pytest.mark.parametrize("framework", ["spbe-2018", "spbe-2020"])
def test_the_domain_weights_are_shares_of_one(framework):
    assert sum(library_rules()[framework].domain_weights.values()) == 1


def test_spbe_2018_has_no_manajemen_domain_and_starts_at_zero(spbe_2018_rules):
    assert "d3_manajemen" not in spbe_2018_rules.domain_weights
    assert spbe_2018_rules.minimum == 0


def test_an_index_inside_a_band_has_one_possible_predicate(spbe_2020_rules):
    assert spbe_2020_rules.predicates_near(D("3.00")) == ("Baik",)


def test_an_index_printed_at_a_band_edge_may_have_had_either_predicate(spbe_2020_rules):
    assert set(spbe_2020_rules.predicates_near(D("3.50"))) == {"Baik", "Sangat Baik"}
    assert set(spbe_2020_rules.predicates_near(D("4.20"))) == {"Sangat Baik", "Memuaskan"}


def test_the_predicates_near_an_index_are_remembered(spbe_2020_rules):
    first = spbe_2020_rules.predicates_near(D("2.60"))
    assert spbe_2020_rules.predicates_near(D("2.60")) is first


# Reading cells


def test_a_row_without_issues_has_not_failed():
    check = RowCheck(2)
    assert not check.failed and check.issues == []


def test_a_warning_alone_does_not_fail_the_row():
    check = RowCheck(2)
    check.warn("province", "unknown_province", value="Atlantis")
    assert not check.failed
    assert check.issues[0].row == 2


def test_an_error_fails_the_row():
    check = RowCheck(2)
    check.error(None, "extra_fields")
    assert check.failed


def test_text_collapses_whitespace():
    check = RowCheck(2)
    assert check.text({"instansi": "  Kota \t Medan\n"}, "instansi", required=True) == "Kota Medan"
    assert check.issues == []


@pytest.mark.parametrize("raw", [{}, {"instansi": None}, {"instansi": "   "}])
def test_a_blank_required_text_is_an_error(raw):
    check = RowCheck(2)
    assert check.text(raw, "instansi", required=True) is None
    assert codes(check) == [("instansi", "required", Severity.ERROR)]


def test_a_blank_optional_text_is_none_without_an_issue():
    check = RowCheck(2)
    assert check.text({"province": ""}, "province", required=False) is None
    assert check.issues == []


@pytest.mark.parametrize(
    ("value", "kind"), [("kota", Kind.KOTA), ("KABUPATEN", Kind.KABUPATEN), ("Pusat", Kind.PUSAT)]
)
def test_a_kind_is_read_in_any_case(value, kind):
    check = RowCheck(2)
    assert check.kind(value) is kind
    assert check.issues == []


def test_an_unknown_kind_is_an_error_listing_the_kinds():
    check = RowCheck(2)
    assert check.kind("desa") is None
    assert (
        str(check.issues[0]) == "row 2, kind: 'desa' is not one of pusat, provinsi, kabupaten, kota"
    )


def test_no_kind_is_no_issue():
    check = RowCheck(2)
    assert check.kind(None) is None and check.issues == []


@pytest.mark.parametrize("value", [str(MIN_YEAR), "2024", str(MAX_YEAR)])
def test_a_year_in_range_is_read(value):
    check = RowCheck(2)
    assert check.year(value) == int(value)
    assert check.issues == []


@pytest.mark.parametrize(
    "value", [str(MIN_YEAR - 1), str(MAX_YEAR + 1), "2024.5", "dua ribu", "-2024"]
)
def test_it_rejects_a_year_outside_the_range_or_not_whole(value):
    check = RowCheck(2)
    assert check.year(value) is None
    assert codes(check) == [("year", "not_a_year", Severity.ERROR)]


def test_a_number_on_the_scale_is_read(spbe_2020_rules):
    check = RowCheck(2)
    assert check.number("index", "3.25", spbe_2020_rules) == D("3.25")
    assert check.issues == []


def test_a_number_may_use_a_decimal_comma(spbe_2020_rules):
    assert RowCheck(2).number("index", "3,25", spbe_2020_rules) == D("3.25")


@pytest.mark.parametrize("value", ["1", "5", "5.00"])
def test_the_ends_of_the_scale_are_on_it(value, spbe_2020_rules):
    check = RowCheck(2)
    assert check.number("index", value, spbe_2020_rules) == D(value)
    assert check.issues == []


def test_a_number_below_the_scale_is_kept_with_a_warning(spbe_2020_rules):
    check = RowCheck(2)
    assert check.number("d4_layanan", "0.30", spbe_2020_rules) == D("0.30")
    assert codes(check) == [("d4_layanan", "below_scale", Severity.WARNING)]
    assert not check.failed


def test_zero_is_below_the_scale_of_spbe_2020_but_on_that_of_spbe_2018(
    spbe_2020_rules, spbe_2018_rules
):
    assert RowCheck(2).number("index", "0", spbe_2018_rules) == 0
    check = RowCheck(2)
    check.number("index", "0", spbe_2020_rules)
    assert codes(check) == [("index", "below_scale", Severity.WARNING)]


@pytest.mark.parametrize("value", ["5.01", "-0.01", "12"])
def test_it_rejects_a_number_that_cannot_be_an_index(value, spbe_2020_rules):
    check = RowCheck(2)
    assert check.number("index", value, spbe_2020_rules) is None
    assert codes(check) == [("index", "out_of_range", Severity.ERROR)]


def test_it_rejects_text_that_is_not_a_number(spbe_2020_rules):
    check = RowCheck(2)
    assert check.number("index", "tiga", spbe_2020_rules) is None
    assert codes(check) == [("index", "not_a_number", Severity.ERROR)]


def test_no_number_is_no_issue(spbe_2020_rules):
    check = RowCheck(2)
    assert check.number("index", None, spbe_2020_rules) is None and check.issues == []


# Predicates and consistency


def test_the_predicate_that_fits_the_index_is_accepted(spbe_2020_rules):
    check = RowCheck(2)
    check.predicate("Baik", D("3.00"), spbe_2020_rules)
    assert check.issues == []


def test_either_predicate_is_accepted_at_a_rounded_band_edge(spbe_2020_rules):
    for name in ("Baik", "Sangat Baik"):
        check = RowCheck(2)
        check.predicate(name, D("3.50"), spbe_2020_rules)
        assert check.issues == []


def test_a_predicate_that_does_not_fit_the_index_is_a_warning_naming_the_expected_one(
    spbe_2020_rules,
):
    check = RowCheck(2)
    check.predicate("Memuaskan", D("3.00"), spbe_2020_rules)
    assert codes(check) == [("predicate", "predicate_mismatch", Severity.WARNING)]
    assert check.issues[0].params["expected"] == "Baik"


def test_an_unofficial_predicate_is_kept_with_a_warning(spbe_2020_rules):
    check = RowCheck(2)
    check.predicate("Sedang", D("3.00"), spbe_2020_rules)
    assert codes(check) == [("predicate", "unofficial_predicate", Severity.WARNING)]


def test_a_framework_without_predicates_accepts_any(spbe_2018_rules):
    check = RowCheck(2)
    check.predicate("Sedang", D("3.00"), spbe_2018_rules)
    assert check.issues == []


def test_an_official_predicate_without_an_index_is_not_checked(spbe_2020_rules):
    check = RowCheck(2)
    check.predicate("Memuaskan", None, spbe_2020_rules)
    assert check.issues == []


def domains(*values: str | None) -> dict[str, Decimal | None]:
    return {c: None if v is None else D(v) for c, v in zip(DOMAIN_COLUMNS, values, strict=True)}


def test_domains_that_give_the_index_are_consistent(spbe_2020_rules):
    # 0.13·2 + 0.25·3 + 0.165·2 + 0.455·4 = 3.16
    check = RowCheck(2)
    check.consistency(domains("2", "3", "2", "4"), D("3.16"), spbe_2020_rules)
    assert check.issues == []


def test_an_index_off_by_the_rounding_tolerance_is_consistent(spbe_2020_rules):
    check = RowCheck(2)
    check.consistency(domains("2", "3", "2", "4"), D("3.16") + INDEX_TOLERANCE, spbe_2020_rules)
    assert check.issues == []


def test_an_index_the_domains_do_not_give_is_a_warning_with_the_computed_index(spbe_2020_rules):
    check = RowCheck(2)
    check.consistency(domains("2", "3", "2", "4"), D("3.50"), spbe_2020_rules)
    assert codes(check) == [("index", "index_mismatch", Severity.WARNING)]
    assert check.issues[0].params["computed"] == D("3.1600")


def test_a_blank_domain_skips_the_consistency_check(spbe_2020_rules):
    check = RowCheck(2)
    check.consistency(domains(None, "3", "2", "4"), D("1.00"), spbe_2020_rules)
    assert check.issues == []


def test_a_framework_without_domain_weights_skips_the_consistency_check():
    check = RowCheck(2)
    check.consistency(domains("1", "1", "1", "1"), D("5.00"), library_rules()["pemdi-2026"])
    assert check.issues == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=100, max_value=500), min_size=4, max_size=4))
def test_domains_rounded_to_two_decimals_always_reproduce_their_rounded_index(cents):
    rules = library_rules()["spbe-2020"]
    values = [D(c) / 100 for c in cents]
    exact = sum((w * v for w, v in zip(rules.domain_weights.values(), values, strict=True)), D(0))
    check = RowCheck(2)
    check.consistency(dict(zip(DOMAIN_COLUMNS, values, strict=True)), round(exact, 2), rules)
    assert check.issues == []


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=100, max_value=500))
def test_every_printed_index_on_the_scale_has_a_possible_predicate(cents):
    assert library_rules()["spbe-2020"].predicates_near(D(cents) / 100)
