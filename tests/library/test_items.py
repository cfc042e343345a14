"""The evidence items (butir) and external indices in the library files, and their schema rules."""

import copy
import json
import re

import pytest
from pydantic import ValidationError

from spbe.library.files import LIBRARY_DIR, read_library_file
from spbe.library.schema import FrameworkDocument
from tests.library.reference import REFERENCE

PEMDI_REFERENCE = REFERENCE / "pemdi-2026.json"
CODE = re.compile(r"^I(\d+)-L(\d)-(\d{2})$")


def raw(framework_id: str) -> dict:
    return json.loads((LIBRARY_DIR / f"{framework_id}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pemdi():
    return read_library_file(LIBRARY_DIR / "pemdi-2026.json").document


def all_codes(document):
    return [
        item.code
        for indicator in document.indicators
        for level in (indicator.items_by_level or {}).values()
        for item in level.items
    ]


def test_pemdi_names_its_item_rule_and_cites_it_as_project_practice(pemdi):
    assert pemdi.item_rule == "all_items_cumulative"
    assert "NOT found in regulation text" in pemdi.item_rule_source
    assert pemdi.revision == 2


def test_every_pemdi_indicator_lists_items_for_levels_1_to_5(pemdi):
    for indicator in pemdi.indicators:
        assert sorted(indicator.items_by_level or {}) == ["1", "2", "3", "4", "5"]


def test_every_item_code_is_well_formed_names_its_place_and_is_unique(pemdi):
    codes = all_codes(pemdi)
    assert len(codes) == len(set(codes))
    for indicator in pemdi.indicators:
        for key, level in (indicator.items_by_level or {}).items():
            for position, item in enumerate(level.items, start=1):
                match = CODE.match(item.code)
                assert match, item.code
                assert match.groups() == (str(indicator.number), key, f"{position:02d}")


def test_items_keep_the_references_order_and_text(pemdi):
    indicator = pemdi.indicator(3)
    assert [item.code for item in indicator.items_by_level["2"].items][:2] == [
        "I3-L2-01",
        "I3-L2-02",
    ]
    joined = "\n".join(item.text for item in indicator.items_by_level["2"].items)
    assert joined == indicator.evidence.per_level["2"]


@pytest.mark.skipif(
    not PEMDI_REFERENCE.is_file(), reason="the shared reference is not beside this tree"
)
def test_the_items_are_the_references_evidence_lists_one_for_one(pemdi):
    reference = json.loads(PEMDI_REFERENCE.read_text(encoding="utf-8"))
    for entry in reference["indicators"]:
        by_level = pemdi.indicator(entry["number"]).items_by_level or {}
        for key, texts in entry["evidence"].items():
            assert [item.text for item in by_level[key].items] == (texts or [])


def test_i9_level_3_has_no_items_in_the_source_and_says_so(pemdi):
    level = pemdi.indicator(9).items_by_level["3"]
    assert level.items == []
    assert level.items_missing_in_source
    others = [
        (indicator.number, key)
        for indicator in pemdi.indicators
        for key, entry in (indicator.items_by_level or {}).items()
        if entry.items_missing_in_source
    ]
    assert others == [(9, "3")]


def test_spbe_frameworks_have_no_items_and_no_item_rule():
    for framework_id in ("spbe-2020", "spbe-2018"):
        document = read_library_file(LIBRARY_DIR / f"{framework_id}.json").document
        assert document.item_rule is None
        assert all(indicator.items_by_level is None for indicator in document.indicators)


def test_seven_pemdi_indicators_are_valued_by_an_external_index(pemdi):
    uses = {
        indicator.number: indicator.external_index.use
        for indicator in pemdi.indicators
        if indicator.external_index
    }
    assert uses == {
        5: "decides_level",
        6: "decides_level",
        7: "decides_level",
        10: "caps_level",
        11: "caps_level",
        12: "caps_level",
        18: "caps_level",
    }


def test_external_ranges_keep_the_text_as_written(pemdi):
    index = pemdi.indicator(6).external_index
    first, second = index.ranges[0], index.ranges[1]
    assert first.as_written == "1 < SJIG < 1,50"
    assert (second.level, str(second.min), str(second.max)) == (2, "1.50", "2.50")


def test_the_schema_refuses_a_duplicate_item_code():
    data = copy.deepcopy(raw("pemdi-2026"))
    items = data["indicators"][0]["items_by_level"]["2"]["items"]
    items[1]["code"] = items[0]["code"]
    with pytest.raises(ValidationError, match="item codes"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_a_malformed_item_code():
    data = copy.deepcopy(raw("pemdi-2026"))
    data["indicators"][0]["items_by_level"]["1"]["items"][0]["code"] = "I1-1-1"
    with pytest.raises(ValidationError, match="pattern"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_a_code_that_names_another_indicator():
    data = copy.deepcopy(raw("pemdi-2026"))
    data["indicators"][0]["items_by_level"]["1"]["items"][0]["code"] = "I2-L1-01"
    with pytest.raises(ValidationError, match="must be"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_items_for_a_level_that_does_not_exist():
    data = copy.deepcopy(raw("pemdi-2026"))
    data["indicators"][0]["items_by_level"]["6"] = {"items": [{"code": "I1-L6-01", "text": "x"}]}
    with pytest.raises(ValidationError, match="not for exactly the levels"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_an_empty_level_that_is_not_marked():
    data = copy.deepcopy(raw("pemdi-2026"))
    del data["indicators"][8]["items_by_level"]["3"]["items_missing_in_source"]
    with pytest.raises(ValidationError, match="items_missing_in_source"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_items_without_an_item_rule():
    data = copy.deepcopy(raw("pemdi-2026"))
    del data["item_rule"]
    with pytest.raises(ValidationError, match="no item_rule"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_external_ranges_that_overlap():
    data = copy.deepcopy(raw("pemdi-2026"))
    data["indicators"][4]["external_index"]["ranges"][1]["min"] = "10"
    with pytest.raises(ValidationError, match="gap or overlap"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_a_boundary_that_belongs_to_both_ranges():
    data = copy.deepcopy(raw("pemdi-2026"))
    data["indicators"][4]["external_index"]["ranges"][0]["max_inclusive"] = True
    with pytest.raises(ValidationError, match="exactly one band"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_ranges_that_do_not_reach_the_top_of_the_scale():
    data = copy.deepcopy(raw("pemdi-2026"))
    data["indicators"][4]["external_index"]["scale"]["max"] = "120"
    with pytest.raises(ValidationError, match="must include 120"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_a_deciding_index_without_a_range_for_level_1():
    data = copy.deepcopy(raw("pemdi-2026"))
    del data["indicators"][4]["external_index"]["ranges"][0]
    with pytest.raises(ValidationError, match="needs a range per level"):
        FrameworkDocument.model_validate(data)
