"""Where an evaluation stands against a target."""

from __future__ import annotations

from decimal import Decimal

from spbe.library.files import LIBRARY_DIR, read_library_file
from spbe.planner.gap import criteria_by_level, gap_to_target
from spbe.scoring import parse_values, score


def test_the_overall_domain_and_aspect_gaps_come_from_the_engine(spbe_2020):
    values = parse_values(spbe_2020, {n: 2 for n in spbe_2020.indicator_numbers})
    report = gap_to_target(spbe_2020, values, target=Decimal("2.6"), year=2024)
    assert report.overall.index == score(spbe_2020, values).index == Decimal("2.00")
    assert report.overall.gap == Decimal("0.6")
    assert not report.overall.reached
    assert len(report.domains) == 4 and len(report.aspects) == 8
    assert all(part.gap == Decimal("0.6") for part in report.domains)


def test_a_part_above_the_target_has_no_gap(spbe_2020):
    levels = {n: 4 if n <= 10 else 1 for n in spbe_2020.indicator_numbers}
    report = gap_to_target(spbe_2020, parse_values(spbe_2020, levels), target=Decimal("2.6"))
    aspect_1 = report.aspects[0]
    assert aspect_1.reached and aspect_1.gap == 0


def test_one_level_step_is_worth_the_weight_over_100_of_the_index(spbe_2020):
    values = parse_values(spbe_2020, {n: 1 for n in spbe_2020.indicator_numbers})
    report = gap_to_target(spbe_2020, values, target=Decimal("2.6"))
    first, last = report.indicators[0], report.indicators[-1]
    assert (first.weight, first.step_value) == (Decimal("1.3"), Decimal("0.013"))
    assert (last.weight, last.step_value) == (Decimal(3), Decimal("0.03"))
    assert first.next_level == 2


def test_it_shows_the_criteria_of_the_next_level(spbe_2020):
    document = read_library_file(LIBRARY_DIR / "spbe-2020.json").document
    criteria = criteria_by_level(document)
    levels = {n: 5 if n == 2 else 3 for n in spbe_2020.indicator_numbers}
    report = gap_to_target(
        spbe_2020, parse_values(spbe_2020, levels), target=Decimal("3.5"), criteria=criteria
    )
    assert report.indicators[0].next_criteria == criteria[1][4]
    assert report.indicators[0].next_criteria.startswith("Kriteria tingkat 3")
    assert report.indicators[1].next_level is None
    assert report.indicators[1].next_criteria is None


def test_a_fractional_pemdi_value_gains_only_the_rest_of_its_step(pemdi_2026):
    values = parse_values(pemdi_2026, {str(n): "1.26" for n in pemdi_2026.indicator_numbers})
    report = gap_to_target(pemdi_2026, values, target=Decimal("2.5"))
    first = report.indicators[0]  # weight 5
    assert first.next_level == 2
    assert first.step_value == Decimal("0.05")
    assert first.next_step_gain == Decimal("0.037")
    assert report.domains == ()
