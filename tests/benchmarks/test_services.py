"""Importing published results (all or nothing, idempotent) and linking agencies to them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import translation

from spbe.audit.models import AuditEvent
from spbe.benchmarks.models import AgencyLink, MatchStatus, PublishedResultRow
from spbe.benchmarks.services import (
    ImportRejected,
    agency_link_confirm,
    agency_links_refresh,
    published_results_import,
)
from spbe.core.errors import ActionRefused
from spbe.organizations.models import Agency
from tests.benchmarks.conftest import (
    MEDAN_2024,
    SIANTAR_2023,
    SIANTAR_2024,
    SIMALUNGUN_2024,
    write_published,
)
from tests.cast import Cast
from tests.clock import CAST_DAY

pytestmark = pytest.mark.django_db

SIANTAR = "kota:pematangsiantar"


def benchmark_rows() -> tuple[list[Any], list[Any], list[Any]]:
    """What these services write: published rows, agency links and audit events."""
    return (
        list(PublishedResultRow.objects.order_by("pk").values_list()),
        list(AgencyLink.objects.order_by("pk").values_list()),
        list(AuditEvent.objects.order_by("pk").values_list("action", "object_id", "data")),
    )


def make_agency(name: str, kind: str = "kota") -> Agency:
    return Agency.objects.create(name=name, slug=name.lower().replace(" ", "-"), kind=kind)


# ------------------------------------------------------------------------ published_results_import


def test_a_new_file_creates_a_row_per_result_exactly_as_printed(tmp_path):
    path = write_published(tmp_path, SIANTAR_2023, SIANTAR_2024, SIMALUNGUN_2024)
    summary = published_results_import(path=path)
    assert (summary.created, summary.updated, summary.unchanged, summary.warnings) == (3, 0, 0, ())
    row = PublishedResultRow.objects.get(agency_key=SIANTAR, year=2024)
    assert (row.agency_name, row.kind, row.province, row.framework) == (
        "Pemerintah Kota Pematang Siantar",
        "kota",
        "Sumatera Utara",
        "spbe-2020",
    )
    assert (row.d1, row.d2, row.d3, row.d4, row.index) == tuple(
        Decimal(v) for v in ("3.50", "2.70", "1.36", "3.74", "3.06")
    )
    assert (row.predicate, row.source_row) == ("Baik", 3)
    assert row.source == "KemenPANRB, Laporan Pelaksanaan Evaluasi SPBE 2024"


@pytest.mark.dates
def test_an_import_that_changes_rows_is_audited_with_its_counts_and_who_asked(tmp_path, cast):
    path = write_published(tmp_path, SIANTAR_2024, MEDAN_2024)
    published_results_import(path=path, actor_user=cast.admin)
    event = AuditEvent.objects.get(action="benchmarks.import")
    assert (event.actor, event.agency) == (cast.admin, None)
    assert (event.object_type, event.object_id) == ("benchmarks.import", "hasil.csv")
    assert (event.summary, event.data) == ("hasil.csv: +2 ~0", {"created": 2, "updated": 0})


def test_an_import_from_the_command_line_is_audited_without_a_person(tmp_path):
    published_results_import(path=write_published(tmp_path, SIANTAR_2024))
    assert AuditEvent.objects.get(action="benchmarks.import").actor is None


def test_importing_the_same_file_again_changes_nothing_and_records_nothing(tmp_path, small_import):
    before = benchmark_rows()
    path = write_published(tmp_path, SIANTAR_2023, SIANTAR_2024, MEDAN_2024, SIMALUNGUN_2024)
    summary = published_results_import(path=path)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 4)
    assert benchmark_rows() == before


def test_a_changed_value_updates_its_row_in_place_and_the_audit_counts_it(tmp_path, small_import):
    pk = PublishedResultRow.objects.get(agency_key=SIANTAR, year=2024).pk
    changed = SIANTAR_2024.replace(",3.74,3.06,", ",3.80,3.10,")
    summary = published_results_import(path=write_published(tmp_path, SIANTAR_2023, changed))
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 1)
    row = PublishedResultRow.objects.get(agency_key=SIANTAR, year=2024)
    assert (row.pk, row.d4, row.index) == (pk, Decimal("3.80"), Decimal("3.10"))
    assert AuditEvent.objects.filter(action="benchmarks.import").first().data == {
        "created": 0,
        "updated": 1,
    }


def test_a_value_written_with_another_number_of_decimals_is_unchanged(tmp_path, small_import):
    same = SIANTAR_2024.replace(",3.50,", ",3.5,")
    summary = published_results_import(path=write_published(tmp_path, SIANTAR_2023, same))
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 2)


def test_a_result_moved_to_another_row_of_the_file_is_updated_to_name_its_new_row(
    tmp_path, small_import
):
    summary = published_results_import(path=write_published(tmp_path, SIANTAR_2024))
    assert (summary.updated, summary.unchanged) == (1, 0)
    assert PublishedResultRow.objects.get(agency_key=SIANTAR, year=2024).source_row == 2


def test_results_missing_from_a_later_file_are_kept(tmp_path, small_import):
    published_results_import(path=write_published(tmp_path, SIANTAR_2024))
    assert PublishedResultRow.objects.count() == 4


def test_a_doubtful_row_is_imported_and_its_warning_returned(tmp_path):
    doubtful = SIANTAR_2024.replace(",Baik,", ",Cukup,")
    summary = published_results_import(path=write_published(tmp_path, doubtful))
    assert summary.created == 1
    assert len(summary.warnings) == 1 and "predicate" in summary.warnings[0]


def test_a_file_with_one_bad_row_imports_none_of_its_good_rows(tmp_path, small_import):
    before = benchmark_rows()
    bad = MEDAN_2024.replace(",2024,", ",20x4,")
    path = write_published(tmp_path, SIANTAR_2024.replace(",3.06,", ",3.10,"), bad)
    with translation.override("en"), pytest.raises(ImportRejected) as error:
        published_results_import(path=path)
    assert error.value.message == "Nothing was imported: 1 row(s) have errors."
    assert [(issue.row, issue.column) for issue in error.value.errors] == [(3, "year")]
    assert benchmark_rows() == before


def test_every_bad_row_is_reported_not_only_the_first(tmp_path):
    rows = [MEDAN_2024.replace(",2024,", ",20x4,"), SIANTAR_2024.replace(",3.06,", ",9,")]
    with pytest.raises(ImportRejected) as error:
        published_results_import(path=write_published(tmp_path, *rows))
    assert [issue.row for issue in error.value.errors] == [2, 3]
    assert isinstance(error.value, ActionRefused)
    assert not PublishedResultRow.objects.exists()


def test_an_empty_file_is_rejected(tmp_path):
    path = tmp_path / "kosong.csv"
    path.write_text("", encoding="utf-8")
    with pytest.raises(ImportRejected):
        published_results_import(path=path)
    assert benchmark_rows() == ([], [], [])


# ------------------------------------------------------------------------------ agency_links_refresh


def test_an_agency_whose_published_name_reads_the_same_is_confirmed(small_import, time_machine):
    time_machine.move_to(CAST_DAY, tick=False)
    agency = make_agency("Kota Pematangsiantar")
    agency_links_refresh()
    link = AgencyLink.objects.get(agency=agency)
    assert (link.status, link.agency_key, link.published_name) == (
        MatchStatus.CONFIRMED,
        SIANTAR,
        "Pemerintah Kota Pematang Siantar",
    )
    assert (link.confirmed_at, link.confirmed_by) == (CAST_DAY, None)


def test_an_automatic_confirmation_is_audited_for_the_agency_without_a_person(small_import):
    agency = make_agency("Kota Pematangsiantar")
    agency_links_refresh()
    event = AuditEvent.objects.get(action="benchmarks.auto_confirm")
    assert (event.actor, event.agency) == (None, agency)
    assert event.data["agency_key"] == SIANTAR
    assert event.summary == "Kota Pematangsiantar = Pemerintah Kota Pematang Siantar"


def test_an_uncertain_name_is_suggested_and_waits_for_a_person(small_import):
    agency = make_agency("Kota Pematang")
    agency_links_refresh()
    link = AgencyLink.objects.get(agency=agency)
    assert link.status == MatchStatus.SUGGESTED
    assert (link.confirmed_at, link.confirmed_by) == (None, None)
    assert not AuditEvent.objects.filter(action="benchmarks.auto_confirm").exists()


def test_an_agency_without_a_published_result_gets_an_empty_link(small_import):
    agency = make_agency("Kabupaten Tanpa Hasil", kind="kabupaten")
    agency_links_refresh()
    link = AgencyLink.objects.get(agency=agency)
    assert (link.status, link.agency_key, link.published_name, link.score) == (
        MatchStatus.NONE,
        "",
        "",
        None,
    )


def test_a_kota_is_never_linked_to_the_kabupaten_of_the_same_name(small_import):
    agency = make_agency("Kota Simalungun")
    agency_links_refresh()
    link = AgencyLink.objects.get(agency=agency)
    assert link.status != MatchStatus.CONFIRMED
    assert not link.agency_key.startswith("kabupaten:")


def test_every_agency_without_a_confirmed_link_is_refreshed_and_counted(small_import):
    make_agency("Kota Pematangsiantar")
    make_agency("Kota Medan")
    assert agency_links_refresh() == 2
    assert set(AgencyLink.objects.values_list("status", flat=True)) == {MatchStatus.CONFIRMED}


@pytest.mark.dates
def test_a_confirmed_link_is_never_changed_by_a_refresh(small_import, cast):
    agency_link_confirm(actor=cast.actor(cast.admin), agency=cast.agency, agency_key=SIANTAR)
    confirmed = AgencyLink.objects.filter(agency=cast.agency).values().get()
    assert agency_links_refresh() == 1  # the other agency only
    assert AgencyLink.objects.filter(agency=cast.agency).values().get() == confirmed


def test_a_second_refresh_leaves_a_confirmation_and_its_audit_event_alone(small_import):
    make_agency("Kota Pematangsiantar")
    agency_links_refresh()
    assert agency_links_refresh() == 0
    assert AuditEvent.objects.filter(action="benchmarks.auto_confirm").count() == 1


def test_a_refresh_without_agencies_changes_nothing(small_import):
    assert agency_links_refresh() == 0
    assert not AgencyLink.objects.exists()


# ------------------------------------------------------------------------------ agency_link_confirm


def confirm(cast: Cast, user: Any, agency_key: str = SIANTAR, agency: Agency | None = None):
    return agency_link_confirm(
        actor=cast.actor(user), agency=agency or cast.agency, agency_key=agency_key
    )


@pytest.mark.dates
def test_the_koordinator_confirms_which_published_name_is_the_agency(
    small_import, cast, time_machine
):
    time_machine.move_to(CAST_DAY, tick=False)
    link = confirm(cast, cast.coordinator)
    stored = AgencyLink.objects.get(agency=cast.agency)
    assert stored == link
    assert (stored.status, stored.agency_key, stored.published_name) == (
        MatchStatus.CONFIRMED,
        SIANTAR,
        "Pemerintah Kota Pematang Siantar",
    )
    assert (stored.confirmed_by, stored.confirmed_at) == (cast.coordinator, CAST_DAY)


@pytest.mark.dates
def test_a_confirmation_is_audited_for_the_agency_as_the_koordinators_act(small_import, cast):
    link = confirm(cast, cast.coordinator)
    event = AuditEvent.objects.get(action="benchmarks.confirm")
    assert (event.actor, event.agency, event.object_id) == (
        cast.coordinator,
        cast.agency,
        str(link.pk),
    )
    assert event.data == {"agency_key": SIANTAR}
    assert event.summary == "Kota Uji = Pemerintah Kota Pematang Siantar"


@pytest.mark.dates
def test_the_installation_admin_may_confirm_for_any_agency(small_import, cast):
    link = confirm(cast, cast.admin, "kabupaten:simalungun", agency=cast.other_agency)
    assert (link.agency, link.confirmed_by) == (cast.other_agency, cast.admin)


@pytest.mark.dates
def test_a_confirmation_replaces_a_suggestion_and_the_agency_keeps_one_link(small_import, cast):
    agency_links_refresh()
    confirm(cast, cast.coordinator, "kota:medan")
    link = AgencyLink.objects.get(agency=cast.agency)
    assert (link.status, link.agency_key) == (MatchStatus.CONFIRMED, "kota:medan")


@pytest.mark.dates
def test_the_published_name_is_taken_from_the_latest_year(tmp_path, cast):
    older_name = SIANTAR_2023.replace("Kota Pematang Siantar", "Kota Pematangsiantar")
    published_results_import(path=write_published(tmp_path, older_name, SIANTAR_2024))
    assert confirm(cast, cast.coordinator).published_name == "Pemerintah Kota Pematang Siantar"


@pytest.mark.dates
def test_nobody_else_confirms_not_even_another_agencys_koordinator(small_import, cast):
    before = benchmark_rows()
    for user in cast.everyone_but(cast.coordinator, cast.admin):
        with pytest.raises(PermissionDenied):
            confirm(cast, user)
    assert benchmark_rows() == before


@pytest.mark.dates
def test_a_koordinator_confirms_for_their_own_agency_only(small_import, cast):
    with pytest.raises(PermissionDenied):
        confirm(cast, cast.coordinator, "kabupaten:simalungun", agency=cast.other_agency)
    assert not AgencyLink.objects.filter(agency=cast.other_agency).exists()


@pytest.mark.dates
@pytest.mark.parametrize(
    "agency_key",
    ["kota:tidakada", "kabupaten:simalungun", ""],
    ids=["an unknown name", "a name of another kind", "no name"],
)
def test_a_name_without_a_published_result_of_the_agencys_kind_is_refused(
    small_import, cast, agency_key
):
    before = benchmark_rows()
    with translation.override("en"), pytest.raises(ActionRefused) as error:
        confirm(cast, cast.coordinator, agency_key)
    assert error.value.field == "agency_key"
    assert error.value.message == "There is no published result of that name and kind."
    assert benchmark_rows() == before
