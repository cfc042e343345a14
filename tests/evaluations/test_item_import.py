"""Importing the portal's item list: per indicator named, all or nothing, idempotent."""

import pytest
from django.core.exceptions import PermissionDenied

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.evaluations.external_services import ImportRefused
from spbe.evaluations.item_import import items_import
from spbe.evaluations.models import EvaluationItem
from tests.evaluations.files import csv_file, xlsx_file
from tests.evaluations.pemdi_helpers import (
    BEFORE_STAGES,
    DOCUMENTS_DAY,
    codes_of,
    item,
    set_status,
)

pytestmark = pytest.mark.usefixtures("in_english")

# The portal lists indicator 9 with items for level 3, rewords I9-L1-02, orders level 1 the
# other way round and drops I9-L5-01.
PORTAL = [
    ["code", "level", "text"],
    ["I9-L1-02", 1, "Dokumen Perencanaan Audit IPPD (diperbarui)."],
    [
        "I9-L1-01",
        1,
        "Penetapan Tim Audit yang ditetapkan oleh Koordinator Pemerintah Digital di setiap IPPD.",
    ],
    [
        "I9-L2-01",
        2,
        "Laporan Hasil Audit Internal Keamanan Pemerintah Digital dan Teknologi Pemerintah Digital Internal.",
    ],
    ["I9-L3-01", 3, "Laporan Hasil Audit Internal berkala."],
    [
        "I9-L4-01",
        "4",
        "Laporan Hasil Audit Eksternal Keamanan Pemerintah Digital dan Teknologi Pemerintah Digital.",
    ],
]


def run(cast, content, who=None, today=BEFORE_STAGES):
    return items_import(
        actor=cast.actor(who or cast.coordinator),
        evaluation=cast.evaluation,
        content=content,
        today=today,
    )


def snapshot(cast):
    return list(
        EvaluationItem.objects.filter(evaluation=cast.evaluation)
        .order_by("code")
        .values_list("code", "level", "position", "text", "retired", "version")
    )


@pytest.mark.parametrize("make_file", [csv_file, xlsx_file], ids=["csv", "xlsx"])
def test_the_portals_list_adds_renames_reorders_and_retires_the_items_it_names(pemdi, make_file):
    outcome = run(pemdi, make_file(PORTAL))
    assert outcome.added == ["I9-L3-01"]
    assert outcome.renamed == ["I9-L1-02"]
    assert outcome.moved == ["I9-L1-02", "I9-L1-01"]
    assert outcome.retired == ["I9-L5-01"]
    assert codes_of(pemdi, 9) == ["I9-L1-02", "I9-L1-01", "I9-L2-01", "I9-L3-01", "I9-L4-01"]
    assert codes_of(pemdi, 9, retired=True) == ["I9-L5-01"]
    assert item(pemdi, "I9-L1-02").text == "Dokumen Perencanaan Audit IPPD (diperbarui)."


def test_an_indicator_the_file_does_not_name_keeps_its_items(pemdi):
    before = codes_of(pemdi, 1)
    run(pemdi, csv_file(PORTAL))
    assert codes_of(pemdi, 1) == before


@pytest.mark.parametrize("make_file", [csv_file, xlsx_file], ids=["csv", "xlsx"])
def test_importing_the_same_list_twice_changes_nothing_the_second_time(pemdi, make_file):
    run(pemdi, make_file(PORTAL))
    before, events = snapshot(pemdi), AuditEvent.objects.count()
    outcome = run(pemdi, make_file(PORTAL))
    assert outcome.changed == 0
    assert snapshot(pemdi) == before
    assert AuditEvent.objects.count() == events


def test_every_change_is_audited_and_the_import_once_as_a_whole(pemdi):
    run(pemdi, csv_file(PORTAL))
    assert AuditEvent.objects.filter(action="items.import").count() == 1
    assert AuditEvent.objects.filter(action="item.add").count() == 1
    assert AuditEvent.objects.filter(action="item.retire").count() == 1
    assert AuditEvent.objects.filter(action="item.import").count() == 2


def test_a_retired_item_listed_again_comes_back_with_its_status(pemdi):
    set_status(pemdi, "diterima", "I9-L5-01")
    run(pemdi, csv_file(PORTAL))
    outcome = run(pemdi, csv_file([*PORTAL, ["I9-L5-01", 5, item(pemdi, "I9-L5-01").text]]))
    assert outcome.restored == ["I9-L5-01"]
    restored = item(pemdi, "I9-L5-01")
    assert (restored.retired, restored.status) == (False, "diterima")


def test_a_file_with_bad_rows_changes_nothing_and_reports_every_bad_row(pemdi):
    rows = [
        *PORTAL,
        ["I9-L6-01", 6, "Tingkat enam"],
        ["I30-L1-01", 1, "Indikator 30"],
        ["9.1", 1, "Bukan kode"],
        ["I9-L2-02", 3, "Tingkat lain"],
        ["I9-L2-03", 2, ""],
        ["I9-L1-01", 1, "Dua kali"],
    ]
    before = snapshot(pemdi)
    with pytest.raises(ImportRefused) as refused:
        run(pemdi, xlsx_file(rows))
    assert [(e.line, e.column) for e in refused.value.errors] == [
        (7, "B"),
        (8, "A"),
        (9, "A"),
        (10, "B"),
        (11, "C"),
        (12, "A"),
    ]
    assert "appears twice" in refused.value.errors[-1].message
    assert snapshot(pemdi) == before
    assert not AuditEvent.objects.exclude(action="items.copy").filter(action__startswith="item")


def test_a_file_without_the_three_columns_is_refused(pemdi):
    with pytest.raises(ActionRefused, match="code, level and text"):
        run(pemdi, csv_file([["kode", "uraian"], ["I9-L1-01", "x"]]))


def test_a_file_that_is_neither_csv_nor_a_workbook_is_refused(pemdi):
    with pytest.raises(ActionRefused):
        run(pemdi, b"\xff\xfe\x00bukan teks")


def test_only_the_koordinator_imports_and_only_before_the_document_stage(pemdi):
    with pytest.raises(PermissionDenied):
        run(pemdi, csv_file(PORTAL), who=pemdi.pic)
    with pytest.raises(PermissionDenied):
        run(pemdi, csv_file(PORTAL), today=DOCUMENTS_DAY)
