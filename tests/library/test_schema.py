import copy
import json
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from spbe.library.files import LIBRARY_DIR, library_paths, read_library_file
from spbe.library.schema import FrameworkDocument
from tests.library.reference import BUILD_SCRIPT, REFERENCE
from tests.timeouts import run

ROOT = Path(__file__).parents[2]


def raw(framework_id: str) -> dict:
    return json.loads((LIBRARY_DIR / f"{framework_id}.json").read_text(encoding="utf-8"))


def test_the_library_holds_the_three_frameworks():
    assert [path.stem for path in library_paths()] == ["pemdi-2026", "spbe-2018", "spbe-2020"]


@pytest.mark.parametrize(
    ("framework_id", "indicators", "aspects", "domains"),
    [
        ("spbe-2020", 47, 8, 4),
        ("pemdi-2026", 20, 7, 0),
        ("spbe-2018", 35, 7, 3),
    ],
)
def test_every_library_file_validates_with_its_structure(
    framework_id, indicators, aspects, domains
):
    document = read_library_file(LIBRARY_DIR / f"{framework_id}.json").document
    assert (len(document.indicators), len(document.aspects), len(document.domains)) == (
        indicators,
        aspects,
        domains,
    )


def test_every_indicator_keeps_its_sources_and_criteria():
    for path in library_paths():
        document = read_library_file(path).document
        for indicator in document.indicators:
            assert indicator.sources.criteria, (path.stem, indicator.number)
            assert indicator.criteria


def test_spbe_2020_carries_the_regulations_criteria_text():
    indicator = read_library_file(LIBRARY_DIR / "spbe-2020.json").document.indicator(1)
    assert indicator.criteria["1"].startswith("Konsep kebijakan internal terkait Arsitektur SPBE")
    assert "Lampiran E" in indicator.sources.criteria
    assert indicator.evidence.per_level["2"]


def test_spbe_2018_keeps_its_exact_shared_weights():
    document = read_library_file(LIBRARY_DIR / "spbe-2018.json").document
    assert document.indicator(32).weight == "20/6"
    assert document.indicator(35).mean_of is not None


def test_the_schema_refuses_weights_that_do_not_sum_to_100():
    data = raw("spbe-2020")
    data["indicators"][0]["weight"] = "2.30"
    with pytest.raises(ValidationError, match="sum to"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_overlapping_predicate_bands():
    data = raw("spbe-2020")
    data["predicates"][1]["max_inclusive"] = True  # 4.2 would be both Sangat Baik and Memuaskan
    with pytest.raises(ValidationError, match="exactly one band"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_a_gap_in_the_indicator_numbers():
    data = raw("pemdi-2026")
    data["indicators"][3]["number"] = 40
    with pytest.raises(ValidationError, match="indicator numbers"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_a_weight_written_as_a_float_word():
    data = copy.deepcopy(raw("pemdi-2026"))
    data["indicators"][0]["weight"] = "five"
    with pytest.raises(ValidationError, match="weight"):
        FrameworkDocument.model_validate(data)


def test_the_schema_refuses_unknown_fields():
    data = raw("pemdi-2026")
    data["surprise"] = True
    with pytest.raises(ValidationError):
        FrameworkDocument.model_validate(data)


@pytest.mark.skipif(
    not REFERENCE.is_dir(), reason="the shared reference folder is not beside this checkout"
)
def test_the_library_files_are_what_the_reference_builds():
    result = run([sys.executable, BUILD_SCRIPT, REFERENCE, "--check"])
    assert result.returncode == 0, result.stderr
