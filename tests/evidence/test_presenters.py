"""The stored pre-check of a link as the indicator page shows it
(``evidence.presenters.precheck_for_page``): the criteria up to the claimed level and one level
past what the document supports, what is missing, and the flags in words."""

from __future__ import annotations

import pytest
from django.utils import translation

from spbe.evidence.models import EvidenceLink
from spbe.evidence.presenters import precheck_for_page


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def row(level: int, element: str, found: bool) -> dict[str, object]:
    return {"level": level, "element": element, "found": found, "page": 2 if found else None}


def stored(supported: int, highest: int = 5, flags=()) -> dict[str, object]:
    return {
        "supported_level": supported,
        "highest_automatic_level": highest,
        "document": {"kind": "perwali"},
        "criteria": [
            row(1, "Kebijakan internal", True),
            row(2, "Ditetapkan", supported >= 2),
            row(3, "Proses Bisnis", supported >= 3),
            row(3, "Keamanan SPBE", False),
            row(4, "Dievaluasi", False),
            row(5, "Dimutakhirkan", False),
        ],
        "flags": list(flags),
    }


def link(precheck, level: int = 2) -> EvidenceLink:
    return EvidenceLink(level=level, precheck=precheck)


def test_a_link_not_checked_yet_shows_no_precheck():
    assert precheck_for_page(link(None), claimed_level=3) is None
    assert precheck_for_page(link({}), claimed_level=3) is None


def test_the_criteria_go_up_to_the_claimed_level():
    shown = precheck_for_page(link(stored(supported=3)), claimed_level=4)
    assert shown["shown_level"] == 4
    assert {row["level"] for row in shown["criteria"]} == {1, 2, 3, 4}


def test_a_document_supporting_the_claim_shows_the_next_level_it_would_need():
    shown = precheck_for_page(link(stored(supported=4)), claimed_level=4)
    assert shown["shown_level"] == 5
    assert shown["missing"][-1] == "Dimutakhirkan"


def test_one_level_past_what_the_document_supports_is_shown_to_say_what_it_lacks():
    shown = precheck_for_page(link(stored(supported=2)), claimed_level=1)
    assert shown["shown_level"] == 3
    assert shown["missing"] == ["Proses Bisnis", "Keamanan SPBE"]


def test_never_past_the_highest_level_the_rules_decide_unless_that_is_claimed():
    shown = precheck_for_page(link(stored(supported=3, highest=3)), claimed_level=None)
    assert shown["shown_level"] == 3
    claimed_higher = precheck_for_page(link(stored(supported=3, highest=3)), claimed_level=5)
    assert claimed_higher["shown_level"] == 5


def test_without_a_claim_the_links_own_level_counts():
    shown = precheck_for_page(link(stored(supported=1), level=2), claimed_level=None)
    assert shown["shown_level"] == 2


def test_an_element_missing_on_two_levels_is_named_once():
    precheck = stored(supported=1)
    precheck["criteria"].append(row(3, "Keamanan SPBE", False))
    shown = precheck_for_page(link(precheck), claimed_level=3)
    assert shown["missing"].count("Keamanan SPBE") == 1


def test_the_kind_and_the_flags_are_given_in_words():
    flags = [{"code": "draft"}, {"code": "kind_not_accepted", "kind": "sop", "level": 2}]
    shown = precheck_for_page(link(stored(supported=1, flags=flags)), claimed_level=2)
    assert shown["kind_label"] == "Mayor regulation (Peraturan Wali Kota)"
    assert shown["flag_messages"][0].startswith("The document is a draft")
    assert shown["flag_messages"][1] == (
        "A Standard operating procedure (SOP) does not count from level 2 on."
    )


def test_the_stored_result_itself_is_left_as_it_was():
    precheck = stored(supported=2)
    before = [dict(r) for r in precheck["criteria"]]
    precheck_for_page(link(precheck), claimed_level=1)
    assert precheck["criteria"] == before
