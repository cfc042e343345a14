"""The rules files: valid, faithful to the framework library, reviewable, and complete."""

from __future__ import annotations

import json
import re

import pytest
from pydantic import ValidationError

from spbe.library.files import LIBRARY_DIR, read_library_file
from spbe.precheck.rules import (
    RULES_DIR,
    RulesFile,
    indicator_rules,
    load_rules,
    read_rules_file,
)

FRAMEWORKS = ["spbe-2020", "pemdi-2026"]


def raw(framework: str) -> dict:
    return json.loads((RULES_DIR / f"{framework}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_every_level_quotes_the_criterion_of_the_framework_library_verbatim(framework):
    library = read_library_file(LIBRARY_DIR / f"{framework}.json").document
    rules = load_rules(framework)
    assert rules.framework_revision == library.revision
    for indicator in rules.indicators:
        criteria = library.indicator(indicator.indicator).criteria
        for level in indicator.levels:
            assert level.criterion == criteria[str(level.level)], (indicator.indicator, level)


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_a_file_is_a_draft_until_a_named_person_reviews_it(framework):
    rules = load_rules(framework)
    if rules.reviewed_by is None:
        assert rules.status == "draft — needs human review"
        assert rules.reviewed_on is None
    else:
        assert rules.reviewed_on is not None
        assert rules.status.startswith("reviewed")


def test_the_ten_internal_policy_indicators_of_spbe_2020_have_rules_up_to_level_4():
    for number in range(1, 11):
        rules = indicator_rules("spbe-2020", number)
        assert rules is not None, number
        assert rules.highest_automatic_level == 4
        assert not rules.levels[4].automatic and rules.levels[4].note


def test_the_implementation_indicators_of_spbe_2020_have_rules_up_to_level_4_from_any_document():
    for number in range(13, 32):
        rules = indicator_rules("spbe-2020", number)
        assert rules is not None, number
        assert rules.highest_automatic_level == 4
        assert all(level.elements for level in rules.levels[1:4]), number
        assert not rules.levels[4].automatic and rules.levels[4].note


def test_the_pemdi_indicators_with_policy_evidence_have_rules():
    covered = [rules.indicator for rules in load_rules("pemdi-2026").indicators]
    assert covered == [4, 8, 9, 19]


def test_other_indicators_and_frameworks_have_no_automatic_rules_yet():
    assert indicator_rules("spbe-2020", 32) is None  # a running application's screenshots
    assert indicator_rules("pemdi-2026", 5) is None  # valued by the SDI index
    assert indicator_rules("spbe-2018", 1) is None
    assert indicator_rules("../etc", 1) is None


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_every_element_name_is_unique_within_its_indicator(framework):
    for indicator in load_rules(framework).indicators:
        names = [element.name for level in indicator.levels for element in level.elements]
        assert len(names) == len(set(names)), indicator.indicator


def test_kind_groups_are_expanded_and_unknown_kinds_are_refused():
    data = raw("spbe-2020")
    level = data["indicators"][0]["levels"][1]
    assert level["document_kinds"] == ["@peraturan_atau_keputusan_pimpinan"]
    assert "perwali" in load_rules("spbe-2020").indicators[0].levels[1].document_kinds
    level["document_kinds"] = ["perwalikota"]
    with pytest.raises(ValidationError):
        RulesFile.model_validate(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda ind: ind["levels"][2]["elements"][0].update(wordings=["(unclosed"]), "pattern"),
        (lambda ind: ind["levels"][2]["elements"][0].update(any_of=["Nowhere"]), "either"),
        (lambda ind: ind["levels"].pop(1), "levels must run"),
        (lambda ind: ind["levels"][0].update(automatic=False), "automatic levels"),
    ],
)
def test_a_broken_rule_is_refused_with_a_message(change, message):
    data = raw("spbe-2020")
    change(data["indicators"][0])
    with pytest.raises(ValidationError, match=re.escape(message)):
        RulesFile.model_validate(data)


def test_an_element_may_refer_only_to_elements_of_its_own_indicator():
    data = raw("spbe-2020")
    element = data["indicators"][2]["levels"][2]["elements"][0]
    element["any_of"] = ["Data Induk", "Keamanan SPBE"]
    with pytest.raises(ValidationError, match="unknown elements"):
        RulesFile.model_validate(data)


def test_the_shipped_files_read_the_same_as_the_cached_ones():
    assert read_rules_file(RULES_DIR / "spbe-2020.json") == load_rules("spbe-2020")
