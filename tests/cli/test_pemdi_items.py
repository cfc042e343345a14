"""``spbe pemdi items``: a framework's evidence items from its library file, as a newcomer runs
it (no secret, no database)."""

from __future__ import annotations

import json

from spbe.library.files import LIBRARY_DIR
from tests.cli.conftest import assert_one_line_and_status_2


def test_the_json_lists_every_item_of_every_level_as_the_library_file_has_it(newcomer, data_dir):
    result = newcomer("pemdi", "items", "pemdi-2026", "--json")
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    library = json.loads((LIBRARY_DIR / "pemdi-2026.json").read_text(encoding="utf-8"))
    assert (output["framework"], output["revision"]) == ("pemdi-2026", library["revision"])
    assert output["item_rule"] == "all_items_cumulative"
    assert [entry["number"] for entry in output["indicators"]] == list(range(1, 21))
    for entry, source in zip(output["indicators"], library["indicators"], strict=True):
        assert {str(level["level"]): level["items"] for level in entry["levels"]} == {
            key: level["items"] for key, level in source["items_by_level"].items()
        }
    assert list(data_dir.iterdir()) == []


def test_the_level_without_items_in_the_source_is_marked_as_such(newcomer):
    output = json.loads(
        newcomer("pemdi", "items", "pemdi-2026", "--json", "--indicator", "9").stdout
    )
    (i9,) = output["indicators"]
    missing = [level["level"] for level in i9["levels"] if level["items_missing_in_source"]]
    assert missing == [3]
    assert i9["levels"][2]["items"] == []
    assert i9["external_index"] is None


def test_an_indicator_decided_by_an_index_names_it(newcomer):
    output = json.loads(
        newcomer("pemdi", "items", "pemdi-2026", "--json", "--indicator", "5").stdout
    )
    assert output["indicators"][0]["external_index"] == {
        "name": "Indeks Satu Data Indonesia (SDI)",
        "use": "decides_level",
    }


def test_without_json_the_listing_reads_level_by_level(newcomer):
    result = newcomer("pemdi", "items", "pemdi-2026", "--indicator", "9")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    level_3 = lines.index("  Tingkat 3 Berkembang")
    assert lines[level_3 + 1] == "    (sumber tidak mencantumkan butir untuk tingkat ini)"
    assert any(line.startswith("    I9-L1-01  Penetapan Tim Audit") for line in lines)


def test_an_argument_that_is_neither_says_how_to_name_a_framework_or_an_evaluation(
    newcomer, data_dir
):
    result = newcomer("pemdi", "items", "kota-pematangsiantar-2026")
    stderr = assert_one_line_and_status_2(result)
    assert "kota-pematangsiantar-2026" in stderr and "pemdi-2026 r2" in stderr
    assert "pematangsiantar/2026" in stderr
    assert result.stdout == ""
    assert list(data_dir.iterdir()) == []


def test_a_framework_without_items_is_refused_naming_one_with_them(newcomer):
    result = newcomer("pemdi", "items", "spbe-2020", "--json")
    stderr = assert_one_line_and_status_2(result)
    assert "spbe-2020 r1" in stderr and "pemdi-2026 r2" in stderr
    assert result.stdout == ""


def test_an_indicator_the_framework_does_not_have_is_refused(newcomer):
    result = newcomer("pemdi", "items", "pemdi-2026", "--indicator", "21")
    assert "21" in assert_one_line_and_status_2(result)
    assert result.stdout == ""
