"""Ranks among peers and the biggest movers, by hand on small inputs and on the real file."""

from __future__ import annotations

from decimal import Decimal

import pytest

from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.matching import agency_key
from spbe.benchmarks.published import PublishedResult
from spbe.benchmarks.ranking import (
    Metric,
    PeerScope,
    biggest_movers,
    competition_rank,
    movers,
    rank,
    rank_among,
)
from tests.benchmarks.conftest import raw_rows

D = Decimal


def result(name: str, index: str, *, kind: Kind = Kind.KOTA, province: str | None = "Bali",
           year: int = 2024, domains: tuple = (None, None, None, None)) -> PublishedResult:  # fmt: skip
    return PublishedResult(
        row=0,
        agency=name,
        agency_key=agency_key(name, kind),
        kind=kind,
        province=province,
        year=year,
        framework="spbe-2020",
        domains=tuple(None if d is None else D(d) for d in domains),  # type: ignore[arg-type]
        index=D(index),
        predicate=None,
        source="test",
    )


def test_the_highest_value_is_first():
    assert competition_rank(D("4.00"), [D("3.00"), D("4.00"), D("2.00")]) == (1, 1)


def test_tied_agencies_share_a_position_and_the_next_skips():
    values = [D("3.50"), D("3.50"), D("4.00"), D("3.00")]
    assert competition_rank(D("4.00"), values) == (1, 1)
    assert competition_rank(D("3.50"), values) == (2, 2)
    assert competition_rank(D("3.00"), values) == (4, 1)


def test_a_rank_counts_its_peers_and_its_ties():
    peers = [result("Kota A", "3.50"), result("Kota B", "3.50"), result("Kota C", "4.00")]
    found = rank_among(peers, "kota:b")
    assert (found.position, found.total, found.tied, found.is_tied) == (2, 3, 2, True)


def test_peers_without_a_value_are_left_out_of_a_domain_rank():
    peers = [
        result("Kota A", "3.00", domains=("4.00", "2.00", "1.00", "3.00")),
        result("Kota B", "3.10", domains=(None, "2.00", "1.00", "3.00")),
        result("Kota C", "3.20", domains=("3.00", "2.00", "1.00", "3.00")),
    ]
    found = rank_among(peers, "kota:c", Metric.KEBIJAKAN)
    assert (found.position, found.total, found.unranked) == (2, 2, 1)
    assert rank_among(peers, "kota:b", Metric.KEBIJAKAN) is None


def test_an_agency_not_among_the_peers_has_no_rank():
    assert rank_among([result("Kota A", "3.00")], "kota:z") is None


def test_a_kota_is_ranked_among_all_kota_and_among_the_kabupaten_and_kota_of_its_province():
    results = ResultSet([
        result("Kota Denpasar", "3.80"),
        result("Kabupaten Badung", "4.10", kind=Kind.KABUPATEN),
        result("Provinsi Bali", "4.50", kind=Kind.PROVINSI),
        result("Kota Bekasi", "3.90", province="Jawa Barat"),
        result("Kabupaten Bekasi", "4.08", kind=Kind.KABUPATEN, province="Jawa Barat"),
    ])  # fmt: skip
    denpasar = results.get("kota:denpasar", 2024, "spbe-2020")
    in_kind = rank(results, denpasar, PeerScope.KIND)
    in_province = rank(results, denpasar, PeerScope.PROVINCE)
    assert (in_kind.position, in_kind.total) == (2, 2)
    assert (in_province.position, in_province.total) == (2, 2)


def test_a_province_and_a_central_agency_have_no_province_rank():
    results = ResultSet([
        result("Provinsi Bali", "4.50", kind=Kind.PROVINSI),
        result("Kementerian Pertanian", "4.00", kind=Kind.PUSAT, province=None),
    ])  # fmt: skip
    for key in ("provinsi:bali", "pusat:kementerianpertanian"):
        own = results.get(key, 2024, "spbe-2020")
        assert rank(results, own, PeerScope.PROVINCE) is None
        assert rank(results, own, PeerScope.KIND).position == 1


def hand_rank(agency: str, rows: list[dict[str, str]]) -> tuple[int, int]:
    """Independently: how many rows score strictly higher, plus one; and how many rows."""
    own = next(D(r["index"]) for r in rows if r["instansi"] == agency)
    return 1 + sum(D(r["index"]) > own for r in rows), len(rows)


@pytest.fixture(scope="module")
def rows_2024() -> list[dict[str, str]]:
    return [r for r in raw_rows() if r["year"] == "2024" and r["framework"] == "spbe-2020"]


def test_pematangsiantar_2024_among_all_kota_matches_a_hand_count(published, rows_2024):
    siantar = published.get("kota:pematangsiantar", 2024, "spbe-2020")
    kota = [r for r in rows_2024 if r["kind"] == "kota"]
    found = rank(published, siantar, PeerScope.KIND)
    assert (found.position, found.total) == hand_rank("Pemerintah Kota Pematang Siantar", kota)
    assert (found.position, found.total) == (66, 93)


def test_pematangsiantar_2024_among_kabupaten_and_kota_of_sumatera_utara_matches_a_hand_count(
    published, rows_2024
):
    siantar = published.get("kota:pematangsiantar", 2024, "spbe-2020")
    sumut = [
        r
        for r in rows_2024
        if r["kind"] in ("kabupaten", "kota") and r["province"] == "Sumatera Utara"
    ]
    found = rank(published, siantar, PeerScope.PROVINCE)
    assert (found.position, found.total) == hand_rank("Pemerintah Kota Pematang Siantar", sumut)
    assert (found.position, found.total) == (9, 32)


def test_every_2024_kota_rank_matches_a_hand_count(published, rows_2024):
    kota = [r for r in rows_2024 if r["kind"] == "kota"]
    for row in kota:
        own = published.get(agency_key(row["instansi"], Kind.KOTA), 2024, "spbe-2020")
        found = rank(published, own, PeerScope.KIND)
        assert (found.position, found.total) == hand_rank(row["instansi"], kota)


def test_a_domain_rank_on_real_data_leaves_out_the_blank_kebijakan(published):
    jatim = published.get("provinsi:jawatimur", 2024, "spbe-2020")
    assert rank(published, jatim, PeerScope.KIND, Metric.KEBIJAKAN) is None
    jabar = published.get("provinsi:jawabarat", 2024, "spbe-2020")
    found = rank(published, jabar, PeerScope.KIND, Metric.KEBIJAKAN)
    assert (found.total, found.unranked) == (37, 1)


def moved() -> ResultSet:
    return ResultSet([
        result("Kota A", "2.00", year=2023), result("Kota A", "3.00"),
        result("Kota B", "3.00", year=2023), result("Kota B", "2.50"),
        result("Kota C", "2.00", year=2023), result("Kota C", "3.00"),
        result("Kota D", "3.00", year=2023), result("Kota D", "3.00"),
        result("Kota E", "3.00"),
        result("Kota F", "1.00", year=2023), result("Kota F", "1.20", province="Aceh"),
    ])  # fmt: skip


def test_movers_are_ordered_by_change_then_by_name():
    found = movers(moved(), 2023, 2024)
    assert [(m.agency, m.delta) for m in found] == [
        ("Kota A", D("1.00")),
        ("Kota C", D("1.00")),
        ("Kota F", D("0.20")),
        ("Kota D", D("0.00")),
        ("Kota B", D("-0.50")),
    ]


def test_an_agency_published_in_one_year_only_does_not_move():
    assert "Kota E" not in [m.agency for m in movers(moved(), 2023, 2024)]


def test_the_biggest_movers_are_the_largest_rises_and_the_largest_falls():
    risers, fallers = biggest_movers(moved(), 2023, 2024, limit=2)
    assert [m.agency for m in risers] == ["Kota A", "Kota C"]
    assert [m.agency for m in fallers] == ["Kota B"]


def test_movers_can_be_limited_to_a_province():
    assert [m.agency for m in movers(moved(), 2023, 2024, province="Aceh")] == ["Kota F"]


def test_the_real_biggest_riser_2023_2024_is_the_defective_banyuasin_row(published):
    risers, _ = biggest_movers(published, 2023, 2024, limit=1)
    assert [(m.agency, m.delta) for m in risers] == [("Pemerintah Kab. Banyuasin", D("1.66"))]
