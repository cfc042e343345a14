"""``spbe score --items --external``: the Pemdi estimate from item verdicts and index values,
run as a newcomer runs it (no secret, no database)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spbe.scoring.items import item_codes
from tests.cli.conftest import assert_one_line_and_status_2
from tests.cli.test_score_command import write
from tests.conftest import library_framework

EXAMPLES = Path(__file__).parents[2] / "examples"
PEMDI = library_framework("pemdi-2026")
EVERY_ITEM_ACCEPTED = dict.fromkeys(sorted(item_codes(PEMDI)), "diterima")
TOP_OF_EVERY_INDEX = {
    f"I{number}": {"value": str(index.scale_maximum), "year": 2026}
    for number, index in PEMDI.external_indices.items()
}


def estimate(cli, *args: str) -> dict:
    result = cli("score", "--framework", "pemdi-2026", "--year", "2026", "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def indicator(output: dict, number: int) -> dict:
    return next(entry for entry in output["indicators"] if entry["number"] == number)


def level_1_and_2_accepted_except(code: str) -> dict[str, str]:
    return {
        item: "revisi" if item == code else "diterima"
        for item in EVERY_ITEM_ACCEPTED
        if item.startswith(("I1-L1-", "I1-L2-"))
    }


def test_accepting_every_item_with_every_index_at_its_top_gives_level_5_but_for_i9(
    newcomer, tmp_path, data_dir
):
    output = estimate(
        newcomer,
        "--items",
        write(tmp_path, "items.json", EVERY_ITEM_ACCEPTED),
        "--external",
        write(tmp_path, "external.json", TOP_OF_EVERY_INDEX),
    )
    values = {entry["number"]: entry["value"] for entry in output["indicators"]}
    # The source lists no items for I9 level 3: items cannot prove it (docs/pemdi.md).
    assert values == {**dict.fromkeys(PEMDI.indicator_numbers, "5"), 9: "2"}
    assert indicator(output, 9)["notes"] == ["level_without_items"]
    first = indicator(output, 1)
    assert (first["source"], first["blocked_by"], first["notes"]) == ("items", None, [])
    assert {item["status"] for item in first["items"]} == {"diterima"}
    assert indicator(output, 5)["source"] == "external"
    assert list(data_dir.iterdir()) == []


def test_a_revisi_item_on_level_2_rejects_the_level_3_items_automatically(newcomer, tmp_path):
    statuses = level_1_and_2_accepted_except("I1-L2-02")
    statuses |= {"I1-L3-01": "diterima", "I1-L3-02": "diajukan"}
    output = estimate(newcomer, "--items", write(tmp_path, "items.json", statuses))
    entry = indicator(output, 1)
    assert (entry["value"], entry["source"], entry["blocked_by"]) == ("1", "items", "I1-L2-02")
    items = {item["code"]: item for item in entry["items"]}
    assert items["I1-L2-02"] == {
        "code": "I1-L2-02",
        "status": "revisi",
        "own_status": "revisi",
        "blocked_by": None,
    }
    level_3 = [item for code, item in items.items() if code.startswith("I1-L3-")]
    assert {item["status"] for item in level_3} == {"ditolak_otomatis"}
    assert {item["blocked_by"] for item in level_3} == {"I1-L2-02"}
    assert items["I1-L3-01"]["own_status"] == "diterima"


@pytest.mark.parametrize(
    ("sdi", "level"),
    [("12.5", "2"), ("62.5", "4"), ("75", "5"), ("100", "5"), ("12.49", "1")],
)
def test_an_sdi_value_on_a_boundary_takes_the_level_whose_range_starts_there(
    newcomer, tmp_path, sdi, level
):
    external = write(tmp_path, "external.json", f'{{"I5": {{"value": {sdi}, "year": 2026}}}}')
    items = write(tmp_path, "items.csv", "code,status\n")
    entry = indicator(estimate(newcomer, "--items", items, "--external", external), 5)
    assert (entry["value"], entry["source"]) == (level, "external")
    assert entry["external"]["value"] == sdi


def test_the_estimate_keeps_every_key_of_the_plain_score_and_adds_the_indicators(
    newcomer, tmp_path
):
    decided = {"I5": {"value": 40, "year": 2026}, "I6": {"value": "2,5", "year": 2026}}
    decided["I7"] = {"value": 4.2, "year": 2026}
    external = {**TOP_OF_EVERY_INDEX, **decided}
    claimed = {str(n): "2.5" for n in PEMDI.indicator_numbers if n not in (5, 6, 7)}
    estimated = estimate(
        newcomer,
        "--items",
        write(tmp_path, "none.csv", "code,status\n"),
        "--external",
        write(tmp_path, "external.json", external),
        write(tmp_path, "claimed.json", claimed),
    )
    values = {str(entry["number"]): entry["value"] for entry in estimated["indicators"]}
    assert values == {**claimed, "5": "3", "6": "3", "7": "5"}
    assert {indicator(estimated, 3)["source"], indicator(estimated, 5)["source"]} == {
        "claimed",
        "external",
    }
    plain = newcomer(
        "score", "--framework", "pemdi-2026", "--year", "2026", "--json",
        write(tmp_path, "values.json", values),
    )  # fmt: skip
    assert plain.returncode == 0, plain.stderr
    plain_output = json.loads(plain.stdout)
    assert {key: estimated[key] for key in plain_output} == plain_output
    assert set(estimated) - set(plain_output) == {"indicators"}


def test_the_csv_and_json_examples_give_the_same_estimate(newcomer):
    external = str(EXAMPLES / "pemdi-external.json")
    claimed = str(EXAMPLES / "pemdi-claimed.json")
    from_json = estimate(
        newcomer, "--items", str(EXAMPLES / "pemdi-items.json"), "--external", external, claimed
    )
    from_csv = estimate(
        newcomer, "--items", str(EXAMPLES / "pemdi-items.csv"), "--external", external, claimed
    )
    assert from_json == from_csv
    assert (from_json["index"], from_json["predicate"]) == ("1.63", "Cukup")
    assert indicator(from_json, 1)["blocked_by"] == "I1-L2-04"
    assert indicator(from_json, 6)["value"] == "3"
    assert indicator(from_json, 7)["notes"] == ["external_value_outdated"]
    assert indicator(from_json, 9)["notes"] == ["level_without_items"]
    assert indicator(from_json, 10)["notes"] == ["capped_by_external_index"]
    assert indicator(from_json, 13)["source"] == "claimed"


def test_the_estimate_reads_as_a_table_without_json(newcomer):
    result = newcomer(
        "score", "--framework", "pemdi-2026", "--year", "2026",
        "--items", str(EXAMPLES / "pemdi-items.json"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    row_of_indicator_1 = next(
        line for line in result.stdout.splitlines() if line.split()[:1] == ["1"]
    )
    assert row_of_indicator_1.split()[1:] == ["1", "butir", "I1-L2-04"]


ITEMS = "items.json"
EXTERNAL = "external.json"
# Each bad input: the file it goes in, its content, and what the message must name.
BAD_INPUTS = {
    "an unknown item code": (ITEMS, {"I1-L9-01": "diterima"}, "I1-L9-01"),
    "an unknown status": ("items.csv", "code,status\nI1-L1-01,disetujui\n", "disetujui"),
    "ditolak otomatis, with a space": (
        "items.csv",
        "code,status\nI1-L1-01,Ditolak otomatis\n",
        "I1-L1-01",
    ),
    "ditolak_otomatis, with an underscore": (ITEMS, {"I1-L1-01": "ditolak_otomatis"}, "I1-L1-01"),
    "a status that is not a word": (ITEMS, {"I1-L1-01": 1}, "I1-L1-01"),
    "an item given twice": (
        "items.csv",
        "code,status\nI1-L1-01,belum\ni1-l1-01,draf\n",
        "I1-L1-01",
    ),
    "a CSV row without a status": ("items.csv", "code,status\nI1-L1-01\n", "items.csv"),
    "malformed JSON": (ITEMS, '{"I1-L1-01": ', "JSON"),
    "an index value out of its scale": (
        EXTERNAL,
        {"I5": {"value": 100.01, "year": 2026}},
        "100.01",
    ),
    "an indicator unknown to the framework": (EXTERNAL, {"I21": {"value": 3, "year": 2026}}, "21"),
    "an indicator without an index": (EXTERNAL, {"I3": {"value": 3, "year": 2026}}, "5, 6, 7"),
    "a value that is not a number": (EXTERNAL, {"I5": {"value": "tinggi", "year": 2026}}, "tinggi"),
    "a value without its year": (EXTERNAL, {"I5": {"value": 55.3}}, "I5"),
    "a year that is not a whole number": (EXTERNAL, {"I5": {"value": 3, "year": 2026.5}}, "I5"),
    "a key that is not an indicator": (EXTERNAL, {"SDI": {"value": 3, "year": 2026}}, "SDI"),
    "an external file that is not an object": (EXTERNAL, "[55.3]", "I5"),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_exits_2_with_one_line_naming_it_and_prints_nothing(newcomer, tmp_path, name):
    file_name, content, fragment = BAD_INPUTS[name]
    path = write(tmp_path, file_name, content)
    items = path if file_name != EXTERNAL else write(tmp_path, "none.csv", "code\n")
    args = ["--items", items] + (["--external", path] if file_name == EXTERNAL else [])
    result = newcomer("score", "--framework", "pemdi-2026", "--year", "2026", *args)
    assert fragment in assert_one_line_and_status_2(result)
    assert result.stdout == ""


@pytest.mark.parametrize("option", ["--items", "--external"])
def test_a_missing_file_is_named(newcomer, tmp_path, option):
    missing = str(tmp_path / "nowhere.json")
    result = newcomer("score", "--framework", "pemdi-2026", option, missing)
    assert "nowhere.json" in assert_one_line_and_status_2(result)
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("option", "file"), [("--items", "pemdi-items.json"), ("--external", "pemdi-external.json")]
)
def test_items_or_index_values_for_a_framework_without_them_are_refused_naming_one_with_them(
    newcomer, option, file
):
    result = newcomer("score", "--framework", "spbe-2020", option, str(EXAMPLES / file))
    stderr = assert_one_line_and_status_2(result)
    assert "spbe-2020 r1" in stderr and "pemdi-2026 r2" in stderr
    assert result.stdout == ""


def test_a_claimed_level_for_an_indicator_with_item_verdicts_is_refused(newcomer, tmp_path):
    result = newcomer(
        "score", "--framework", "pemdi-2026",
        "--items", write(tmp_path, ITEMS, {"I3-L1-01": "diterima"}),
        write(tmp_path, "claimed.json", {"3": 4}),
    )  # fmt: skip
    assert "3" in assert_one_line_and_status_2(result)
    assert result.stdout == ""


def test_a_claimed_level_for_an_indicator_decided_by_its_index_is_refused(newcomer, tmp_path):
    result = newcomer(
        "score", "--framework", "pemdi-2026",
        "--external", str(EXAMPLES / "pemdi-external.json"),
        write(tmp_path, "claimed.json", {"5": 4}),
    )  # fmt: skip
    assert "5" in assert_one_line_and_status_2(result)
    assert result.stdout == ""


def test_items_do_not_go_with_a_batch(newcomer, tmp_path):
    batch = write(tmp_path, "batch.jsonl", "")
    items = str(EXAMPLES / "pemdi-items.json")
    result = newcomer("score", "--batch", batch, "--items", items)
    assert "--batch" in assert_one_line_and_status_2(result)
