"""``spbe pemdi items EVALUATION``: an evaluation's own items and their status, from the
database, beside the library's list of ``spbe pemdi items FRAMEWORK``."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from spbe.evaluations.models import EvaluationItem
from spbe.manage import files_only
from tests.evaluations.pemdi_helpers import set_status

pytestmark = [pytest.mark.usefixtures("in_english"), pytest.mark.dates]


def items(*args):
    out = io.StringIO()
    call_command("pemdi", "items", *args, stdout=out)
    return out.getvalue()


def reference(cast):
    return f"{cast.agency.slug}/{cast.evaluation.year}"


@pytest.mark.parametrize(
    ("argv", "reads_files_only"),
    [
        (["pemdi", "items", "pemdi-2026"], True),
        (["pemdi", "items", "pemdi-2026", "--json"], True),
        (["pemdi", "items", "pematangsiantar/2026"], False),
        (["pemdi", "items", "--json", "12"], False),
        (["pemdi", "import-results", "pematangsiantar/2026", "hasil.csv"], False),
    ],
)
def test_only_a_framework_argument_runs_without_the_database(argv, reads_files_only):
    assert files_only(["spbe", *argv]) is reads_files_only


def test_the_json_lists_the_items_with_the_status_the_portal_shows(pemdi):
    set_status(pemdi, "revisi", "I1-L1-01")
    set_status(pemdi, "diajukan", "I1-L2-01")
    data = json.loads(items(reference(pemdi), "--json", "--indicator", "1"))
    assert data["evaluation"]["framework"] == "pemdi-2026"
    [indicator] = data["indicators"]
    by_code = {item["code"]: item for level in indicator["levels"] for item in level["items"]}
    assert by_code["I1-L1-01"]["status"] == "revisi"
    assert by_code["I1-L2-01"] == {
        **by_code["I1-L2-01"],
        "status": "ditolak_otomatis",
        "own_status": "diajukan",
        "blocked_by": "I1-L1-01",
    }


def test_the_evaluation_id_names_it_too_and_retired_items_are_marked(pemdi):
    EvaluationItem.objects.filter(evaluation=pemdi.evaluation, code="I2-L1-01").update(retired=True)
    text = items(str(pemdi.evaluation.pk), "--indicator", "2")
    line = next(line for line in text.splitlines() if "I2-L1-01" in line)
    assert "[retired]" in line


def test_the_evaluations_own_item_list_is_what_is_printed(pemdi):
    EvaluationItem.objects.filter(evaluation=pemdi.evaluation, code="I3-L1-01").update(
        text="Teks butir sebagaimana tertulis di portal"
    )
    assert "Teks butir sebagaimana tertulis di portal" in items(
        reference(pemdi), "--indicator", "3"
    )


def test_an_unknown_evaluation_is_refused_with_status_2(pemdi):
    with pytest.raises(CommandError) as refused:
        items(f"{pemdi.agency.slug}/1999")
    assert refused.value.returncode == 2 and "2026 (pemdi-2026)" in str(refused.value)


def test_an_evaluation_without_items_is_refused(cast):
    with pytest.raises(CommandError, match="has no evidence items") as refused:
        items(reference(cast))
    assert refused.value.returncode == 2


def test_an_indicator_the_evaluation_does_not_have_is_refused(pemdi):
    with pytest.raises(CommandError, match="21") as refused:
        items(reference(pemdi), "--indicator", "21")
    assert refused.value.returncode == 2
