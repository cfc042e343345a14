"""The ``spbe`` command line: catalogue and scoring, with every kind of bad input."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db

SIANTAR_2024 = {
    1: 3,
    2: 4,
    3: 3,
    4: 4,
    5: 3,
    6: 4,
    7: 3,
    8: 4,
    9: 3,
    10: 4,
    11: 3,
    12: 3,
    13: 3,
    14: 3,
    15: 2,
    16: 3,
    17: 2,
    18: 3,
    19: 2,
    20: 3,
    21: 1,
    22: 2,
    23: 1,
    24: 2,
    25: 1,
    26: 1,
    27: 1,
    28: 1,
    29: 2,
    30: 2,
    31: 1,
    32: 4,
    33: 4,
    34: 4,
    35: 4,
    36: 4,
    37: 4,
    38: 4,
    39: 4,
    40: 4,
    41: 3,
    42: 4,
    43: 3,
    44: 4,
    45: 3,
    46: 4,
    47: 3,
}


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write(tmp_path, name, content) -> str:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def test_catalog_list_prints_every_framework():
    out, _ = run("catalog", "list")
    for code in ("spbe-2020", "pemdi-2026", "spbe-2018"):
        assert code in out


def test_catalog_show_prints_an_indicators_criteria_and_sources():
    out, _ = run("catalog", "show", "spbe-2020", "--indicator", "1")
    assert "Arsitektur SPBE" in out
    assert "Lampiran E" in out
    assert out.count("Tingkat") + out.count("Level") >= 5


def test_catalog_show_refuses_an_unknown_indicator():
    with pytest.raises(CommandError, match="48"):
        run("catalog", "show", "spbe-2020", "--indicator", "48")


def test_score_prints_index_predicate_domains_and_aspects(tmp_path):
    path = write(tmp_path, "v.json", {str(k): v for k, v in SIANTAR_2024.items()})
    out, _ = run("score", "--framework", "spbe-2020", "--year", "2024", path)
    assert "3.06" in out
    assert "Baik" in out
    assert "Manajemen SPBE" in out
    assert "Layanan Publik Berbasis Elektronik" in out


def test_score_json_reports_exact_and_rounded_values(tmp_path):
    path = write(tmp_path, "v.json", {str(k): str(v) for k, v in SIANTAR_2024.items()})
    out, _ = run("score", "--framework", "spbe-2020", "--year", "2024", "--json", path)
    data = json.loads(out)
    assert data["index"] == "3.06"
    assert data["predicate"] == "Baik"
    assert data["predicate_basis"] == "exact"
    assert [d["index"] for d in data["domains"]] == ["3.50", "2.70", "1.36", "3.74"]
    assert len(data["aspects"]) == 8


def test_score_reads_csv(tmp_path):
    rows = "indicator,value\n" + "\n".join(f"{k},{v}" for k, v in SIANTAR_2024.items())
    out, _ = run("score", "--framework", "spbe-2020", "--json", write(tmp_path, "v.csv", rows))
    assert json.loads(out)["index"] == "3.06"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ({"1": 3}, "2, 3"),  # missing indicators: the message names them
        ({**{str(n): 3 for n in range(1, 48)}, "48": 3}, "48"),
        ({**{str(n): 3 for n in range(1, 48)}, "5": 6}, "5"),
        ({**{str(n): 3 for n in range(1, 48)}, "5": "tiga"}, "tiga"),
        ({**{str(n): 3 for n in range(1, 48)}, "5": 2.5}, "5"),
        ("{not json", "JSON"),
    ],
)
def test_score_refuses_bad_input_with_status_2_and_a_message_naming_it(tmp_path, content, fragment):
    path = write(tmp_path, "v.json", content)
    with pytest.raises(CommandError) as error:
        run("score", "--framework", "spbe-2020", path)
    assert error.value.returncode == 2
    assert fragment in str(error.value)


def test_score_refuses_an_unknown_framework(tmp_path):
    path = write(tmp_path, "v.json", {"1": 3})
    with pytest.raises(CommandError, match="spbe-2099") as error:
        run("score", "--framework", "spbe-2099", path)
    assert error.value.returncode == 2
