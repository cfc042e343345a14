"""The four kinds of agency: which are regional and which are ranked within a province."""

from __future__ import annotations

import pytest

from spbe.benchmarks.kinds import Kind


def test_there_are_exactly_the_four_kinds_the_national_evaluation_ranks():
    assert [kind.value for kind in Kind] == ["pusat", "provinsi", "kabupaten", "kota"]


@pytest.mark.parametrize("text", ["pusat", "provinsi", "kabupaten", "kota"])
def test_a_kind_reads_back_from_its_value(text):
    assert Kind(text).value == text
    assert str(Kind(text)) == text


def test_it_rejects_a_kind_it_does_not_know():
    with pytest.raises(ValueError, match="kecamatan"):
        Kind("kecamatan")


def test_a_kind_is_case_sensitive_so_callers_lower_it_first():
    with pytest.raises(ValueError):
        Kind("Kota")


def test_only_a_central_agency_is_not_regional():
    assert [kind for kind in Kind if not kind.is_regional] == [Kind.PUSAT]


def test_only_kabupaten_and_kota_are_municipal():
    assert {kind for kind in Kind if kind.is_municipal} == {Kind.KABUPATEN, Kind.KOTA}


def test_a_province_is_regional_but_not_municipal():
    assert Kind.PROVINSI.is_regional
    assert not Kind.PROVINSI.is_municipal


@pytest.mark.parametrize("kind", list(Kind))
def test_every_municipal_kind_is_regional(kind):
    assert not kind.is_municipal or kind.is_regional
