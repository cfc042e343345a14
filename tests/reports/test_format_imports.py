"""Each office format renders with its own library alone, and computes only what it shows
(issue 16 § 2): no WeasyPrint and no matplotlib in a process that writes a workbook, a Word
document or slides, and no cost curve for the two files that do not draw it.

Only a fresh interpreter shows what rendering really imports, so the report data of the shared
filled-in evaluation is pickled and rendered again in a child process, one per format."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

import pytest
from django.utils import translation

from spbe.organizations.actors import SYSTEM
from spbe.reports import render
from spbe.reports.models import ReportFormat

pytestmark = [pytest.mark.django_db, pytest.mark.dates]

DRAWING = ("weasyprint", "matplotlib")

CHILD = """
import json, pickle, sys
import django
django.setup()
from django.utils import translation
from spbe.reports.render import RENDERERS
from spbe.reports.models import ReportFormat
data = pickle.load(sys.stdin.buffer)
with translation.override("en"):
    content = RENDERERS[ReportFormat(sys.argv[1])](data)
assert len(content) > 1000, content[:100]
print(json.dumps([name for name in %r if name in sys.modules]))
"""


def loaded_by_rendering(data, fmt: ReportFormat, tmp_path, *, isolated: bool = False) -> list[str]:
    """The drawing libraries a fresh process has loaded once it has rendered ``data``; the
    PDF laid out in that process, as in the tests, unless ``isolated``."""
    environment = {
        **os.environ,
        "DEBUG": "1",
        "SPBE_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "spbe.settings",
        "SPBE_REPORT_ISOLATED": "1" if isolated else "0",
    }
    environment.pop("DATABASE_URL", None)
    child = subprocess.run(
        [sys.executable, "-c", CHILD % (DRAWING,), fmt.value],
        input=pickle.dumps(data),
        env=environment,
        capture_output=True,
        check=True,
    )
    return json.loads(child.stdout.decode().strip().splitlines()[-1])


@pytest.mark.parametrize("fmt", [ReportFormat.XLSX, ReportFormat.DOCX, ReportFormat.PPTX])
def test_an_office_format_renders_without_weasyprint_or_matplotlib(spbe_report, fmt, tmp_path):
    assert loaded_by_rendering(spbe_report.data, fmt, tmp_path) == []


def test_the_pdf_rendered_the_same_way_loads_both(spbe_report, tmp_path):
    # So the check above can fail: the same child shows what the PDF loads.
    assert loaded_by_rendering(spbe_report.data, ReportFormat.PDF, tmp_path) == list(DRAWING)


def test_a_pdf_laid_out_in_its_own_child_leaves_weasyprint_to_the_child(spbe_report, tmp_path):
    loaded = loaded_by_rendering(spbe_report.data, ReportFormat.PDF, tmp_path, isolated=True)
    assert loaded == ["matplotlib"]  # the charts are drawn here, the layout in the child


@pytest.mark.parametrize(
    ("fmt", "draws_the_curve"),
    [
        (ReportFormat.XLSX, False),
        (ReportFormat.DOCX, False),
        (ReportFormat.PPTX, True),
        (ReportFormat.PDF, True),
    ],
)
def test_only_the_formats_that_draw_the_cost_curve_compute_it(
    cast, monkeypatch, fmt, draws_the_curve
):
    given = []
    monkeypatch.setitem(render.RENDERERS, fmt, lambda data: given.append(data) or b"")
    with translation.override("en"):
        render.render_report(cast.evaluation, fmt, SYSTEM)
    (data,) = given
    assert data.recommendations.available
    assert bool(data.recommendations.curve) is draws_the_curve
