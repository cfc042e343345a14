"""Reading item verdicts and external index values from files (``catalog.estimate_files``), as
``spbe score --items`` does: the form of each file, and a message that names the problem."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.utils import translation

from spbe.catalog.estimate_files import read_external_values, read_item_statuses
from spbe.catalog.value_files import ValueFileError
from spbe.scoring.external_index import ExternalValue
from spbe.scoring.items import ItemStatus


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def written(tmp_path, name: str, content: object) -> str:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return str(path)


def test_item_statuses_from_csv_with_codes_in_any_case_and_words_in_any_case(tmp_path):
    path = written(tmp_path, "butir.csv", "kode,status\ni1-l1-01,DITERIMA\nI1-L2-01, revisi ")
    assert read_item_statuses(path) == {
        "I1-L1-01": ItemStatus.ACCEPTED,
        "I1-L2-01": ItemStatus.REVISION,
    }


def test_item_statuses_from_json(tmp_path):
    path = written(tmp_path, "butir.json", {"I1-L1-01": "diajukan", "I2-L1-01": "draf"})
    assert read_item_statuses(path) == {
        "I1-L1-01": ItemStatus.SUBMITTED,
        "I2-L1-01": ItemStatus.DRAFT,
    }


@pytest.mark.parametrize("word", ["ditolak otomatis", "ditolak_otomatis", "Ditolak Otomatis"])
def test_ditolak_otomatis_is_read_in_either_spelling_for_the_estimate_to_refuse(tmp_path, word):
    path = written(tmp_path, "butir.csv", f"I1-L2-01,{word}")
    assert read_item_statuses(path) == {"I1-L2-01": ItemStatus.AUTO_REJECTED}


def test_an_item_given_twice_is_refused_even_when_only_its_case_differs(tmp_path):
    for content in ("I1-L1-01,diterima\nI1-L1-01,revisi", "I1-L1-01,diterima\ni1-l1-01,revisi"):
        path = written(tmp_path, "butir.csv", content)
        with pytest.raises(ValueFileError) as caught:
            read_item_statuses(path)
        assert str(caught.value) == f"{path}: item I1-L1-01 is given more than once."


def test_an_unknown_status_is_refused_listing_the_portals_words(tmp_path):
    path = written(tmp_path, "butir.csv", "I1-L1-01,lulus")
    with pytest.raises(ValueFileError) as caught:
        read_item_statuses(path)
    message = str(caught.value)
    assert message.startswith(f'{path}: item I1-L1-01 has the status "lulus"; give one of ')
    assert "diterima" in message and "revisi" in message


def test_a_status_that_is_not_a_word_is_refused(tmp_path):
    path = written(tmp_path, "butir.json", {"I1-L1-01": 3})
    with pytest.raises(ValueFileError, match='must be a word such as "diterima"'):
        read_item_statuses(path)


def test_a_csv_row_of_three_cells_names_the_columns_expected(tmp_path):
    path = written(tmp_path, "butir.csv", "I1-L1-01,diterima,catatan")
    with pytest.raises(ValueFileError, match="line 1: expected two columns, item code and status"):
        read_item_statuses(path)


def test_external_values_by_indicator_written_i5_i5_or_5(tmp_path):
    path = written(
        tmp_path,
        "indeks.json",
        '{"I5": {"value": 55.3, "year": 2026}, "i6": {"value": "3,5", "year": "2025"},'
        ' "7": {"value": 80, "year": 2026}}',
    )
    assert read_external_values(path) == {
        5: ExternalValue(value=Decimal("55.3"), year=2026),
        6: ExternalValue(value=Decimal("3.5"), year=2025),
        7: ExternalValue(value=Decimal("80"), year=2026),
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            {"SDI": {"value": 1, "year": 2026}},
            '"SDI" is not an indicator; write the indicator as "I5".',
        ),
        ({"I5": 55.3}, "I5 must be an object with the value and the year it measures"),
        ({"I5": {"value": 55.3}}, "I5 must be an object with the value and the year it measures"),
        ({"I5": {"value": 1, "year": 2026, "source": "x"}}, "I5 must be an object with the value"),
        ({"I5": {"value": "banyak", "year": 2026}}, 'the value of I5, "banyak", is not a number.'),
        ({"I5": {"value": None, "year": 2026}}, "the value of I5, None, is not a number."),
        (
            {"I5": {"value": 1, "year": "dua ribu"}},
            "the year of I5 must be a whole number such as 2026.",
        ),
        ({"I5": {"value": 1, "year": 2026.5}}, "the year of I5 must be a whole number"),
        ({"I5": {"value": 1, "year": True}}, "the year of I5 must be a whole number"),
    ],
)
def test_each_bad_external_value_is_refused_with_what_to_write(tmp_path, content, message):
    path = written(tmp_path, "indeks.json", content)
    with pytest.raises(ValueFileError) as caught:
        read_external_values(path)
    assert str(caught.value).startswith(f"{path}: {message}")


def test_an_indicator_given_twice_in_two_spellings_is_refused(tmp_path):
    path = written(
        tmp_path,
        "indeks.json",
        '{"I5": {"value": 1, "year": 2026}, "5": {"value": 2, "year": 2026}}',
    )
    with pytest.raises(ValueFileError, match="indicator 5 is given more than once"):
        read_external_values(path)


def test_external_values_must_be_a_json_object_with_the_example_shown(tmp_path):
    path = written(tmp_path, "indeks.json", "[55.3]")
    with pytest.raises(ValueFileError, match=r'such as \{"I5": \{"value": 55.3, "year": 2026\}\}'):
        read_external_values(path)
