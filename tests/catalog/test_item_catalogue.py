"""The evidence items of a revision as data and as a listing (``catalog.item_catalogue``), as
``spbe pemdi items`` prints them from the library file."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest
from django.utils import translation

from spbe.catalog.item_catalogue import WIDTH, item_catalogue_as_json, item_catalogue_as_text
from spbe.library.files import LIBRARY_DIR, read_library_file

PEMDI = read_library_file(LIBRARY_DIR / "pemdi-2026.json").document


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def indicator(number: int):
    return next(i for i in PEMDI.indicators if i.number == number)


def test_the_json_gives_each_level_its_items_in_order_with_codes_and_texts():
    data = item_catalogue_as_json(PEMDI, [indicator(1)])
    assert (data["framework"], data["revision"]) == (PEMDI.id, PEMDI.revision)
    assert data["item_rule"] == PEMDI.item_rule
    levels = data["indicators"][0]["levels"]
    assert [level["level"] for level in levels] == sorted(level["level"] for level in levels)
    first = levels[0]["items"][0]
    assert first["code"] == "I1-L1-01" and first["text"]
    json.dumps(data)


def test_a_level_the_source_lists_no_items_for_says_so_in_the_data_and_the_listing():
    nine = indicator(9)
    data = item_catalogue_as_json(PEMDI, [nine])
    level_three = next(level for level in data["indicators"][0]["levels"] if level["level"] == 3)
    assert level_three["items_missing_in_source"] is True
    assert level_three["items"] == []
    listing = item_catalogue_as_text(PEMDI, [nine])
    assert "(the source lists no items for this level)" in listing


def test_an_indicator_valued_by_an_external_index_names_the_index_and_its_use():
    five = indicator(5)
    assert five.external_index is not None
    data = item_catalogue_as_json(PEMDI, [five])["indicators"][0]
    assert data["external_index"] == {
        "name": five.external_index.name,
        "use": five.external_index.use,
    }
    listing = item_catalogue_as_text(PEMDI, [five])
    assert f"The value of {five.external_index.name}" in listing


def test_an_indicator_without_an_external_index_has_none():
    assert item_catalogue_as_json(PEMDI, [indicator(1)])["indicators"][0]["external_index"] is None


def test_the_listing_opens_with_the_revision_and_rule_and_keeps_within_its_width():
    listing = item_catalogue_as_text(PEMDI, list(PEMDI.indicators))
    lines = listing.splitlines()
    assert lines[0] == (
        f"{PEMDI.short_title}, revision {PEMDI.revision}: evidence items (rule: {PEMDI.item_rule})"
    )
    assert all(len(line) <= WIDTH for line in lines)
    assert sum(line.startswith("Indicator ") for line in lines) == len(PEMDI.indicators)


def test_a_long_item_text_wraps_under_its_text_not_under_its_code():
    listing = item_catalogue_as_text(PEMDI, list(PEMDI.indicators))
    lines = listing.splitlines()
    wrapped = [
        (line, following)
        for line, following in pairwise(lines)
        if line.startswith("    I") and following.startswith(" " * 14) and following.strip()
    ]
    assert wrapped  # some items are longer than one line
    assert all(not following[14].isspace() for _line, following in wrapped)


def test_each_level_line_carries_the_levels_name():
    listing = item_catalogue_as_text(PEMDI, [indicator(1)])
    names = {level.level: level.name for level in PEMDI.levels}
    assert f"  Level 1 {names[1]}".rstrip() in listing.splitlines()
