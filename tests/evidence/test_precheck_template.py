"""What the evidence slot shows of a stored pre-check (``evidence/_precheck.html``) when there
are no rules for the indicator, and for a Pemdi item's own rule."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from spbe.evidence.models import EvidenceLink
from spbe.evidence.precheck_wording import kind_label
from spbe.evidence.presenters import precheck_for_page
from spbe.precheck import precheck_pages, result_as_json
from tests.precheck.test_coverage import SCREENSHOT, SK_ASESOR

NO_RULES = (
    "Automatic pre-check: no automatic rules for this indicator yet (belum ada aturan otomatis)."
)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def shown(result: dict) -> str:
    link = EvidenceLink(pk=7, precheck=result)
    return render_to_string(
        "evidence/_precheck.html", {"link": link, "check": precheck_for_page(link, None)}
    )


def test_without_rules_the_slot_still_says_the_kind_the_year_and_whose_document_it_is():
    result = precheck_pages(
        SCREENSHOT, framework="spbe-2020", indicator=40, agency="Kabupaten Simalungun"
    )
    html = shown(result_as_json(result))
    assert NO_RULES not in html
    assert kind_label("tangkapan_layar") in html and "2026" in html
    assert "Kota Pematangsiantar" in html and gettext("another agency") in html


def test_belum_ada_aturan_otomatis_is_said_only_when_nothing_can_be_read():
    result = precheck_pages(["   "], framework="spbe-2020", indicator=40)
    assert NO_RULES in shown(result_as_json(result))


def test_an_items_check_shows_the_item_its_elements_and_the_wrong_object_without_a_level():
    result = precheck_pages(SK_ASESOR, framework="pemdi-2026", indicator=9, item="I9-L1-01")
    html = shown(result_as_json(result))
    assert "I9-L1-01" in html and "SK Tim Audit" in html
    assert 'class="supported-level"' not in html
    assert "<td>Tim Audit</td>" in html
