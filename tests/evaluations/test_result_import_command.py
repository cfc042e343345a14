"""``spbe pemdi import-results``: the portal's results from the command line."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command

from spbe.audit.models import AuditEvent
from spbe.evaluations.models import EvaluationItem
from spbe.schedule.stages import Stage, StageWindow
from tests.cast import make_cast
from tests.clock import CAST_DAY
from tests.evaluations.files import csv_file
from tests.evaluations.pemdi_helpers import with_stages

pytestmark = [pytest.mark.usefixtures("in_english"), pytest.mark.dates]


@pytest.fixture
def in_documents(db):
    """A Pemdi evaluation whose Penilaian Dokumen runs on the cast's day (the command reads the
    clock, which the ``dates`` marker sets to that day)."""
    today = CAST_DAY.date()
    day = datetime.timedelta(days=1)
    return with_stages(
        make_cast(framework="pemdi-2026"),
        [
            StageWindow(Stage.SELF_ASSESSMENT, today - 40 * day, today - 11 * day),
            StageWindow(Stage.DOCUMENTS, today - 10 * day, today + 10 * day),
            StageWindow(Stage.INTERVIEW, today + 11 * day, today + 20 * day),
        ],
    )


def results_file(tmp_path, rows):
    path = tmp_path / "hasil.csv"
    path.write_bytes(csv_file(rows))
    return path


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("pemdi", "import-results", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


ROWS = [["code", "status", "note"], ["I1-L1-01", "diterima", "Sesuai"]]


def test_a_dry_run_lists_the_changes_and_writes_nothing(in_documents, tmp_path):
    out, _err = run(
        "kota-uji/2026", results_file(tmp_path, ROWS), "--user", "koordinator", "--dry-run"
    )
    assert "Row 2: I1-L1-01 status: belum → diterima" in out
    assert "Nothing was written" in out
    assert EvaluationItem.objects.get(code="I1-L1-01").status == "belum"


def test_the_import_names_the_evaluation_by_agency_and_year_or_by_id(in_documents, tmp_path):
    out, _err = run("kota-uji/2026", results_file(tmp_path, ROWS), "--user", "koordinator")
    assert "2 change(s) in 1 row(s)" in out
    assert EvaluationItem.objects.get(code="I1-L1-01").status == "diterima"
    again, _err = run(in_documents.evaluation.pk, results_file(tmp_path, ROWS), "--user", "asesor")
    assert "0 change(s) in 1 row(s); 1 row(s) unchanged" in again


def test_bad_rows_are_listed_and_nothing_is_written(in_documents, tmp_path):
    rows = [*ROWS, ["I99-L1-01", "diterima", ""]]
    with pytest.raises(CommandError) as refused:
        run("kota-uji/2026", results_file(tmp_path, rows), "--user", "koordinator")
    assert refused.value.returncode == 1
    assert EvaluationItem.objects.get(code="I1-L1-01").status == "belum"


@pytest.mark.parametrize(
    ("reference", "user", "message"),
    [
        ("kota-uji/2031", "koordinator", r"2026 \(pemdi-2026\)"),
        ("kota-uji", "koordinator", "agency/year"),
        ("kota-uji/2026", "siapa", "siapa"),
    ],
    ids=["unknown-year", "no-year", "unknown-user"],
)
def test_a_bad_argument_stops_with_status_2_saying_what_exists(
    in_documents, tmp_path, reference, user, message
):
    with pytest.raises(CommandError, match=message) as refused:
        run(reference, results_file(tmp_path, ROWS), "--user", user)
    assert refused.value.returncode == 2


def test_a_user_without_the_right_is_refused_with_status_1(in_documents, tmp_path):
    with pytest.raises(CommandError, match="may not import") as refused:
        run("kota-uji/2026", results_file(tmp_path, ROWS), "--user", "pic-kominfo")
    assert refused.value.returncode == 1


def test_without_a_user_the_system_imports_and_the_audit_log_says_so(in_documents, tmp_path):
    out, _err = run("kota-uji/2026", results_file(tmp_path, ROWS))
    assert "2 change(s) in 1 row(s)" in out
    assert EvaluationItem.objects.get(code="I1-L1-01").status == "diterima"
    event = AuditEvent.objects.filter(action="item.verdict").get()
    assert event.actor is None


def test_the_system_too_imports_only_once_the_document_stage_has_begun(db, tmp_path):
    today = CAST_DAY.date()
    day = datetime.timedelta(days=1)
    with_stages(
        make_cast(framework="pemdi-2026"),
        [
            StageWindow(Stage.SELF_ASSESSMENT, today - 5 * day, today + 5 * day),
            StageWindow(Stage.DOCUMENTS, today + 6 * day, today + 20 * day),
            StageWindow(Stage.INTERVIEW, today + 21 * day, today + 30 * day),
        ],
    )
    with pytest.raises(CommandError, match="Penilaian Dokumen") as refused:
        run("kota-uji/2026", results_file(tmp_path, ROWS))
    assert refused.value.returncode == 1
    assert EvaluationItem.objects.get(code="I1-L1-01").status == "belum"
