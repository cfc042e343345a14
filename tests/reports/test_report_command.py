"""``spbe report``: the file, and the refusals that write nothing and exit with status 2."""

from __future__ import annotations

import io
import os
import shutil
from datetime import date
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from spbe.evaluations.services import evaluation_create
from tests import timeouts

pytestmark = pytest.mark.dates

pytestmark = pytest.mark.dates


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("report", *args, "--language", "en", stdout=out)
    return out.getvalue()


def test_it_writes_the_workbook_of_an_agencys_evaluation(cast, tmp_path):
    target = tmp_path / "lembar.xlsx"
    output = run("kota-uji", "2026", "--format", "xlsx", "-o", str(target))
    assert "lembar.xlsx written" in output
    assert load_workbook(target).sheetnames == ["Indicators", "Summary", "Recommendations"]
    assert [p.name for p in tmp_path.iterdir()] == ["lembar.xlsx"]  # no temporary file left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("tidak-ada", "2026"), "No agency has the short name tidak-ada."),
        (
            ("kota-uji", "2019"),
            "Kota Uji has no evaluation for 2019. Its evaluations: 2026 (spbe-2020).",
        ),
        (
            ("kota-uji", "2026", "--framework", "pemdi-2026"),
            "has no evaluation for 2026 (pemdi-2026)",
        ),
    ],
)
def test_a_bad_agency_or_year_stops_with_status_2_and_writes_nothing(cast, tmp_path, args, message):
    target = tmp_path / "x.pdf"
    with pytest.raises(CommandError) as error:
        run(*args, "--format", "pdf", "-o", str(target))
    assert error.value.returncode == 2
    assert message in str(error.value)
    assert not target.exists()


def test_several_evaluations_in_a_year_need_the_framework(cast, tmp_path):
    evaluation_create(
        actor=cast.actor(cast.coordinator),
        agency=cast.agency,
        year=2026,
        framework_code="pemdi-2026",
        target=Decimal("2.5"),
        self_assessment_deadline=date(2026, 12, 1),
        review_deadline=date(2027, 1, 1),
    )
    with pytest.raises(CommandError) as error:
        run("kota-uji", "2026", "--format", "xlsx", "-o", str(tmp_path / "x.xlsx"))
    assert error.value.returncode == 2
    assert "choose one with --framework: " in str(error.value)
    assert "pemdi-2026" in str(error.value) and "spbe-2020" in str(error.value)
    run(
        "kota-uji",
        "2026",
        "--format",
        "xlsx",
        "--framework",
        "pemdi-2026",
        "-o",
        str(tmp_path / "p.xlsx"),
    )
    assert "Indeks Pemdi" in str(load_workbook(tmp_path / "p.xlsx")["Summary"]["B5"].value)


def test_a_missing_folder_is_refused(cast, tmp_path):
    with pytest.raises(CommandError) as error:
        run("kota-uji", "2026", "--format", "pdf", "-o", str(tmp_path / "nope" / "x.pdf"))
    assert error.value.returncode == 2


def test_an_unknown_format_exits_with_status_2_from_the_shell(tmp_path):
    assert shutil.which("spbe"), "the spbe console script is not installed: run scripts/bootstrap"
    # The format is checked before the database is opened, so no database is needed here.
    result = timeouts.run(
        ["spbe", "report", "kota-uji", "2026", "--format", "odt", "-o", tmp_path / "x"],
        env={**os.environ, "DEBUG": "1"},
    )
    assert result.returncode == 2
    assert "invalid choice: 'odt'" in result.stderr
    assert not (tmp_path / "x").exists()
