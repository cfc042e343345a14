"""The user's wording of the scoring engine's input errors (``catalog.error_wording``): every
error the engine raises has a sentence in English and in Bahasa Indonesia, with what the user
gave quoted and what the framework has listed plainly."""

from __future__ import annotations

import pytest
from django.utils import translation

from spbe.catalog.error_wording import (
    describe_missing_capability,
    describe_scoring_error,
    describe_unknown_framework,
)
from spbe.library.files import LIBRARY_DIR, read_library_file
from spbe.scoring import values as scoring_values
from spbe.scoring.estimate import estimate
from spbe.scoring.external_index import ExternalValue
from spbe.scoring.items import ItemStatus, parse_item_status
from spbe.scoring.values import ScoringInputError, parse_values
from tests.conftest import library_framework

SPBE = library_framework("spbe-2020")
PEMDI = library_framework("pemdi-2026")
EVERY_LEVEL_3 = {str(number): 3 for number in SPBE.indicator_numbers}


def raised(call) -> ScoringInputError:
    with pytest.raises(ScoringInputError) as caught:
        call()
    return caught.value


def in_english(error: ScoringInputError) -> str:
    with translation.override("en"):
        return describe_scoring_error(error)


def pemdi_estimate(**inputs):
    return lambda: estimate(PEMDI, evaluation_year=2026, **inputs)


# Each error the engine raises, provoked through the engine, with the sentence the user reads.
CASES = {
    "unknown_indicator": (
        lambda: parse_values(SPBE, {**EVERY_LEVEL_3, "48": 3}),
        'Indicator 48 does not exist in "spbe-2020".',
    ),
    "missing_indicators": (
        lambda: parse_values(SPBE, {"1": 3}),
        "No value was given for indicator(s) ",
    ),
    "not_a_number": (
        lambda: parse_values(SPBE, {**EVERY_LEVEL_3, "1": "tiga"}),
        'Indicator 1: "tiga" is not a number.',
    ),
    "not_an_integer": (
        lambda: parse_values(SPBE, {**EVERY_LEVEL_3, "1": "2,5"}),
        "Indicator 1: 2.5 is not a whole level; this framework takes whole levels only.",
    ),
    "out_of_range": (
        lambda: parse_values(SPBE, {**EVERY_LEVEL_3, "1": 6}),
        "Indicator 1: 6 is outside the allowed range 1–5.",
    ),
    "unknown_item_status": (
        lambda: parse_item_status("lulus"),
        '"lulus" is not an item status; give one of ',
    ),
    "unknown_item": (
        pemdi_estimate(item_statuses={"I1-L9-01": ItemStatus.ACCEPTED}),
        'Item "I1-L9-01" does not exist in "pemdi-2026".',
    ),
    "derived_item_status": (
        pemdi_estimate(item_statuses={"I1-L2-01": ItemStatus.AUTO_REJECTED}),
        "follows from the lower levels; give the item's own status.",
    ),
    "index_out_of_scale": (
        pemdi_estimate(external_values={5: ExternalValue(value=500, year=2026)}),
        "Indicator 5: 500 is outside the scale of ",
    ),
    "no_external_index": (
        pemdi_estimate(external_values={1: ExternalValue(value=50, year=2026)}),
        'Indicator 1 is not valued by an external index in "pemdi-2026"; those that are: 5, 6, ',
    ),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_error_of_the_engine_reads_as_a_sentence_naming_what_was_given(code):
    call, wording = CASES[code]
    error = raised(call)
    assert error.code == code
    assert wording in in_english(error)


def test_every_error_code_of_the_engine_has_a_wording_in_both_languages():
    for code, template in scoring_values._MESSAGES.items():
        names = {part.split("}")[0].split("!")[0] for part in template.split("{")[1:]}
        params = {name: "7" for name in names} | {"indices": "I5, I6"}
        error = ScoringInputError(code, **params)
        english = in_english(error)
        with translation.override("id"):
            indonesian = describe_scoring_error(error)
        assert english and indonesian and english != indonesian, code
        assert "%(" not in english and "%(" not in indonesian, code


def test_what_the_framework_lists_is_shown_unquoted_and_what_the_user_gave_quoted():
    error = ScoringInputError(
        "no_external_index", indicator="I1", framework="pemdi-2026", indices="I5, I6"
    )
    sentence = in_english(error)
    assert 'Indicator "I1"' in sentence
    assert "those that are: I5, I6." in sentence


def test_a_number_given_as_text_is_not_quoted():
    error = ScoringInputError("unknown_indicator", indicator="48", framework="spbe-2020")
    assert in_english(error) == 'Indicator 48 does not exist in "spbe-2020".'


def test_an_unknown_framework_is_answered_with_every_framework_of_the_library():
    with translation.override("en"):
        sentence = describe_unknown_framework("spbe-2030")
    assert sentence.startswith("Unknown framework spbe-2030. The framework library has ")
    for framework_id in ("spbe-2018", "spbe-2020", "pemdi-2026"):
        assert framework_id in sentence


def test_a_framework_without_items_or_external_indices_names_those_that_have_them():
    spbe = read_library_file(LIBRARY_DIR / "spbe-2020.json")
    with translation.override("en"):
        items = describe_missing_capability(spbe, "items")
        external = describe_missing_capability(spbe, "external")
    assert items.startswith("spbe-2020 r")
    assert "has no evidence items; the frameworks with items are: pemdi-2026 r" in items
    assert "has no external indices; the frameworks with them are: pemdi-2026 r" in external
    assert "spbe-2018" not in items
