"""``spbe score`` as a user runs it: exit status, stdout and stderr."""

import json

import pytest

from tests.catalog.test_commands import SIANTAR_2024

ALL_THREE = {str(n): 3 for n in range(1, 48)}


def write(tmp_path, name, content) -> str:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def test_it_scores_the_published_pematangsiantar_2024_result(spbe_cli, tmp_path):
    path = write(tmp_path, "siantar.json", {str(k): v for k, v in SIANTAR_2024.items()})
    result = spbe_cli("score", "--framework", "spbe-2020", "--year", "2024", path)
    assert result.returncode == 0, result.stderr
    assert "3.06" in result.stdout
    assert "Baik" in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("missing.json", {"1": 3, "2": 3}, "3, 4, 5"),
        ("unknown.json", {**ALL_THREE, "99": 2}, "99"),
        ("range.json", {**ALL_THREE, "7": 9}, "9"),
        ("nan.json", {**ALL_THREE, "7": "x"}, '"x"'),
        (
            "negative.csv",
            "indicator,value\n" + "\n".join(f"{n},{-1 if n == 12 else 3}" for n in range(1, 48)),
            "12",
        ),
        ("broken.json", "{", "JSON"),
    ],
)
def test_bad_input_exits_2_with_a_message_and_prints_nothing_on_stdout(
    spbe_cli, tmp_path, name, content, fragment
):
    result = spbe_cli("score", "--framework", "spbe-2020", write(tmp_path, name, content))
    assert result.returncode == 2
    assert result.stdout == ""
    assert fragment in result.stderr


def test_an_unknown_framework_exits_2(spbe_cli, tmp_path):
    result = spbe_cli("score", "--framework", "spbe-2030", write(tmp_path, "v.json", ALL_THREE))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "spbe-2030" in result.stderr


def test_a_missing_file_exits_2(spbe_cli, tmp_path):
    result = spbe_cli("score", "--framework", "spbe-2020", str(tmp_path / "nowhere.json"))
    assert result.returncode == 2
    assert "nowhere.json" in result.stderr


def test_the_batch_scores_every_line_in_order_and_reports_bad_ones(spbe_cli, tmp_path):
    lines = [
        {"id": "a", "framework": "spbe-2020", "year": 2024, "levels": SIANTAR_2024},
        "this is not json",
        {"id": "b", "framework": "nope", "year": 2024, "levels": {}},
        {
            "id": "c",
            "framework": "pemdi-2026",
            "year": 2026,
            "levels": {str(n): "1.26" for n in range(1, 21)},
        },
        {"id": "d", "framework": "spbe-2020", "levels": {"1": 3}},
    ]
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"
    result = spbe_cli("score", "--batch", write(tmp_path, "batch.jsonl", text))
    assert result.returncode == 1
    output = [json.loads(line) for line in result.stdout.splitlines()]
    assert [item.get("id") for item in output] == ["a", None, "b", "c", "d"]
    assert output[0]["index"] == "3.06"
    assert output[0]["predicate"] == "Baik"
    assert output[0]["domains"][2] == {
        "number": 3,
        "name": "Manajemen SPBE",
        "index": "1.36",
        "index_exact": "1.363636363636363636363636364",
    }
    assert output[3]["index"] == "1.26"
    assert output[3]["domains"] == []
    assert output[3]["predicate"] == "Kurang"
    assert "error" in output[1] and "error" in output[2] and "error" in output[4]
    assert "index" not in output[2]


def test_a_clean_batch_exits_0(spbe_cli, tmp_path):
    line = json.dumps({"id": 1, "framework": "spbe-2020", "year": 2023, "levels": SIANTAR_2024})
    result = spbe_cli("score", "--batch", write(tmp_path, "ok.jsonl", line + "\n"))
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout)["id"] == 1


EXAMPLES = __import__("pathlib").Path(__file__).parents[2] / "examples"


@pytest.mark.parametrize(
    ("year", "file", "index", "domains"),
    [
        (2023, "pematangsiantar-2023.json", "2.84", ["3.30", "2.50", "1.00", "3.56"]),
        (2024, "pematangsiantar-2024.csv", "3.06", ["3.50", "2.70", "1.36", "3.74"]),
    ],
)
def test_the_example_files_score_as_published(spbe_cli, year, file, index, domains):
    result = spbe_cli(
        "score", "--framework", "spbe-2020", "--year", str(year), "--json", str(EXAMPLES / file)
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["index"] == index
    assert data["predicate"] == "Baik"
    assert [d["index"] for d in data["domains"]] == domains
