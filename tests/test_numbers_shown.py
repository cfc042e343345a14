"""No number on the main Indonesian pages is written with a decimal point.

Indonesian writes 3,06 and 12.500; a "3.06" on an Indonesian page is a number that escaped
the formatting helper (spbe.scoring.formatting through the template filters). The pages are
rendered once for a filled-in evaluation, its history and a few published results, and every
piece of text a reader sees (page_text: text and visible field values, not attributes or
scripts) is searched for a decimal point. Times keep theirs: Indonesian writes 7.57 for
7:57, after a date ("7 Des. 2026, 7.57") or "pukul".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from spbe.benchmarks.services import published_results_import
from spbe.core.numbers import form_value
from spbe.evaluations.assessment_services import assessment_save_claim
from tests.benchmarks.conftest import MEDAN_2024, SIANTAR_2023, SIANTAR_2024, write_published
from tests.cast import PASSWORD, Cast, make_cast
from tests.clock import on_cast_day
from tests.page_text import page_text
from tests.reports.builders import fill_evaluation

pytestmark = pytest.mark.dates

NUMBER_WITH_POINTS = re.compile(r"(?<![\w.,])\d+(?:\.\d+)+(?![\w])")
# Dot thousands, as Indonesian writes them: 12.500, 1.250.000.
THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
TIMES = re.compile(r"(\d{4}, |pukul )\d{1,2}\.\d{2}( dan \d{1,2}\.\d{2})?")


@pytest.fixture(scope="module")
def filled(django_db_setup: None, django_db_blocker: Any, tmp_path_factory) -> Iterator[Cast]:
    """The cast's evaluation filled in (claims, reviews, three finished years), external
    values with fractions, one claim back with the reviewers, and three published results;
    built once, in a transaction rolled back at the end."""
    with on_cast_day(), django_db_blocker.unblock(), transaction.atomic():
        cast = make_cast()
        fill_evaluation(cast)
        assessments = cast.evaluation.assessments
        for number, value in ((1, "2.50"), (2, "3.25"), (4, "1.75")):
            assessments.filter(indicator__number=number).update(external_value=Decimal(value))
        returned = assessments.get(indicator__number=9)
        pic = cast.pic if returned.lead_unit_id == cast.unit.pk else cast.other_pic
        assessment_save_claim(
            actor=cast.actor(pic),
            assessment=returned,
            version=returned.version,
            claimed_level=Decimal("2.00"),
            justification="Notulen reviu dilampirkan.",
            criteria_met=[1, 2],
            submit=True,
        )
        directory = tmp_path_factory.mktemp("published")
        published_results_import(
            path=write_published(directory, SIANTAR_2023, SIANTAR_2024, MEDAN_2024)
        )
        yield cast
        transaction.set_rollback(True)


def decimal_points(html: str) -> list[str]:
    """Every piece of text on ``html`` with a number written with a decimal point."""
    found = []
    for piece in page_text(html):
        numbers = NUMBER_WITH_POINTS.findall(TIMES.sub("", piece))
        if any(not THOUSANDS.fullmatch(number) for number in numbers):
            found.append(piece)
    return found


def pages(cast: Cast) -> list[str]:
    pk = cast.evaluation.pk
    return [
        reverse("home"),
        reverse("dashboard", args=[pk]),
        reverse("evaluations:detail", args=[pk]),
        reverse("evaluations:indicator", args=[pk, 1]),
        reverse("evaluations:indicator", args=[pk, 5]),
        reverse("evaluations:comparison", args=[pk]),
        reverse("planning:plan", args=[pk]),
        reverse("planning:actions", args=[pk]),
        reverse("reports:panel", args=[pk]),
        reverse("benchmarks:ranking"),
        reverse("benchmarks:movers"),
    ]


def test_the_checker_finds_a_decimal_point_but_not_a_time_or_an_attribute():
    html = (
        "<p>Indeks 3.06</p><p>7 Des. 2026, 7.57 · pukul 21.00 dan 06.00</p>"
        '<svg width="482.4pt"></svg><script>var x = 1.5;</script>'
        '<input type="text" value="2.00"><input type="hidden" value="0.5">'
    )
    assert decimal_points(html) == ["Indeks 3.06", "2.00"]
    assert decimal_points("<p>Indeks 3,06; bobot 1,3%; +1,22; 12.500 baris</p>") == []
    assert decimal_points("<p>0.500</p><p>12.5</p><p>1.250,5</p>") == ["0.500", "12.5"]


def test_the_main_pages_write_every_number_with_a_decimal_comma(client, filled, db):
    client.login(username=filled.coordinator.username, password=PASSWORD)
    client.cookies["django_language"] = "id"
    found = {}
    for url in pages(filled):
        response = client.get(url)
        assert response.status_code == 200, url
        points = decimal_points(response.content.decode())
        if points:
            found[url] = points[:5]
    assert found == {}


def test_the_reviewer_sees_the_claimed_level_pre_filled_with_a_comma_or_none(client, filled, db):
    client.login(username=filled.internal_assessor.username, password=PASSWORD)
    client.cookies["django_language"] = "id"
    page = client.get(reverse("evaluations:indicator", args=[filled.evaluation.pk, 9]))
    assert page.context["verify_form"].initial["verified_level"] == "2"
    assert decimal_points(page.content.decode()) == []


def test_a_form_shows_a_fraction_with_the_languages_mark_and_no_thousands_mark():
    with translation.override("id"):
        assert form_value(Decimal("2.50")) == "2,5"
        assert form_value(Decimal("1250.25")) == "1250,25"
    with translation.override("en"):
        assert form_value(Decimal("2.50")) == "2.5"
