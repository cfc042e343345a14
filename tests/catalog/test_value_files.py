"""Reading indicator values from JSON or CSV (``catalog.value_files``), as ``spbe score`` and
``spbe plan`` do: each form the README promises, and a readable message for each bad file."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import translation

from spbe.catalog.value_files import (
    ValueFileError,
    parse_csv_pairs,
    read_json_object,
    read_value_file,
)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def written(tmp_path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


def refused(path: str) -> str:
    with pytest.raises(ValueFileError) as caught:
        read_value_file(path)
    return str(caught.value)


def test_a_json_object_gives_its_values_with_decimals_kept_exact(tmp_path):
    path = written(tmp_path, "nilai.json", '{"1": 3, "2": "2", "3": 2.15}')
    assert read_value_file(path) == {"1": 3, "2": "2", "3": Decimal("2.15")}


def test_a_json_file_without_the_extension_is_recognised_by_its_brace(tmp_path):
    path = written(tmp_path, "nilai.txt", '\ufeff  {"1": 4}')
    assert read_value_file(path) == {"1": 4}


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_rows_of_indicator_and_value_with_or_without_the_header(tmp_path, delimiter):
    for header in ("indikator", "Indicator", "nomor", None):
        lines = [f"{header}{delimiter}nilai"] if header else []
        lines += [f"1{delimiter}3", f"2{delimiter}2"]
        path = written(tmp_path, "nilai.csv", "\n".join(lines))
        assert read_value_file(path) == {"1": "3", "2": "2"}


def test_a_semicolon_file_keeps_decimal_commas_inside_the_value(tmp_path):
    path = written(tmp_path, "nilai.csv", "indikator;nilai\n1;2,5\n2;3")
    assert read_value_file(path) == {"1": "2,5", "2": "3"}


def test_an_indicator_on_several_rows_keeps_every_value_in_order(tmp_path):
    path = written(tmp_path, "nilai.csv", "35,2\n35,3\n35,4\n1,1")
    assert read_value_file(path) == {"35": ["2", "3", "4"], "1": "1"}


def test_blank_lines_and_spaces_around_cells_are_ignored(tmp_path):
    path = written(tmp_path, "nilai.csv", "\n 1 , 3 \n\n ,\n2,2\n")
    assert read_value_file(path) == {"1": "3", "2": "2"}


def test_a_row_without_two_cells_names_its_line(tmp_path):
    path = written(tmp_path, "nilai.csv", "indikator,nilai\n1,3\n2,2,9")
    assert refused(path) == f"{path} line 3: expected two columns, indicator and value."


def test_an_empty_file_is_said_to_be_empty(tmp_path):
    path = written(tmp_path, "nilai.csv", "  \n")
    assert refused(path) == f"{path} is empty."


def test_broken_json_names_the_line_and_column(tmp_path):
    path = written(tmp_path, "nilai.json", '{"1": 3,\n "2": }')
    message = refused(path)
    assert message.startswith(f"{path} is not valid JSON (line 2, column 7")


def test_json_that_is_not_an_object_shows_an_example(tmp_path):
    path = written(tmp_path, "nilai.json", "[3, 2]")
    assert refused(path) == f'{path} must hold a JSON object such as {{"1": 3, "2": 2}}.'


def test_a_missing_file_and_a_file_that_is_not_utf8_are_named(tmp_path):
    missing = str(tmp_path / "tidak-ada.csv")
    assert refused(missing) == f"File {missing} does not exist."
    latin = written(tmp_path, "latin.csv", "1,3\n2,é".encode("latin-1"))
    assert refused(latin).startswith(f"File {latin} cannot be read: ")


def test_a_dash_reads_the_values_from_standard_input(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO("1,3\n2,2\n"))
    assert read_value_file("-") == {"1": "3", "2": "2"}


def test_a_json_object_file_such_as_costs_shows_its_own_example(tmp_path):
    path = written(tmp_path, "biaya.json", "3")
    with pytest.raises(ValueFileError, match=r'such as \{"1": \{"2": 5\}\}'):
        read_json_object(path, example='{"1": {"2": 5}}')
    path = written(tmp_path, "biaya2.json", '{"1": {"2": 5}}')
    assert read_json_object(path) == {"1": {"2": 5}}


def test_csv_pairs_with_a_header_of_their_own():
    values = parse_csv_pairs(
        "kode,status\nI1-L1-01,diterima",
        source="butir.csv",
        header=("code", "kode"),
        expected="%(source)s line %(line)s: two columns",
    )
    assert values == {"I1-L1-01": "diterima"}
    with pytest.raises(ValueFileError, match=r"butir\.csv line 1: two columns"):
        parse_csv_pairs(
            "I1",
            source="butir.csv",
            header=("kode",),
            expected="%(source)s line %(line)s: two columns",
        )
