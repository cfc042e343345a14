"""The slides, read back with python-pptx: 8–12 slides, charts as pictures, the plan as a table."""

from __future__ import annotations

import io

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from spbe.reports.models import ReportFormat
from spbe.reports.pptx import MAX_PLAN_ROWS

pytestmark = [pytest.mark.django_db, pytest.mark.dates]


def deck(rendered):
    return Presentation(io.BytesIO(rendered.files[ReportFormat.PPTX]))


def texts(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def title(slide) -> str:
    return next(shape.text_frame.text for shape in slide.shapes if shape.name == "Title")


@pytest.mark.parametrize("which", ["spbe_report", "pemdi_report"])
def test_the_deck_has_ten_slides_in_a_fixed_order(request, which):
    presentation = deck(request.getfixturevalue(which))
    assert 8 <= len(presentation.slides) <= 12
    titles = [title(slide) for slide in presentation.slides]
    assert titles[0] == "Self-assessment report"
    assert titles[1] == "Summary"
    assert titles[-1] == "Decisions for the leadership"


@pytest.mark.parametrize("which", ["spbe_report", "pemdi_report"])
def test_every_shape_stays_on_its_slide(request, which):
    presentation = deck(request.getfixturevalue(which))
    width, height = presentation.slide_width, presentation.slide_height
    for number, slide in enumerate(presentation.slides, start=1):
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0, (number, shape.name)
            assert shape.left + shape.width <= width, (number, shape.name)
            assert shape.top + shape.height <= height, (number, shape.name)


def test_the_charts_are_pictures_named_by_their_chart(spbe_report):
    presentation = deck(spbe_report)
    pictures = [
        shape
        for slide in presentation.slides
        for shape in slide.shapes
        if shape.shape_type == MSO_SHAPE_TYPE.PICTURE and shape.name == "Chart"
    ]
    assert len(pictures) == 5  # domains, aspects, history, units, what each index costs
    assert all(p.image.content_type == "image/png" for p in pictures)
    first = presentation.slides[0]
    assert any(shape.shape_type == MSO_SHAPE_TYPE.PICTURE for shape in first.shapes)  # the logo


def test_the_summary_slide_states_the_index_predicate_and_basis(spbe_report):
    summary = texts(deck(spbe_report).slides[1])
    official = spbe_report.data.summary.official
    assert str(official.index) in summary
    assert official.predicate in summary
    assert "Predicate decided by the unrounded index (policy for 2026)." in summary


def test_the_plan_slide_has_the_steps_as_a_table(spbe_report):
    plan = spbe_report.data.recommendations
    slide = next(s for s in deck(spbe_report).slides if title(s).startswith("The plan to reach"))
    table = next(shape.table for shape in slide.shapes if shape.has_table)
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["#", "Indicator", "Lead unit", "From", "To", "Cost"]
    shown = min(len(plan.steps), MAX_PLAN_ROWS)
    assert [row[0] for row in rows[1:]] == [step.code for step in plan.steps[:shown]]
