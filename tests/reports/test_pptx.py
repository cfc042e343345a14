"""The slides, read back with python-pptx: 8–12 slides, PowerPoint's own charts holding the
report's numbers, the plan as a table."""

from __future__ import annotations

import io

import pytest
from django.utils import translation
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


def charts(presentation) -> list:
    return [
        shape
        for slide in presentation.slides
        for shape in slide.shapes
        if shape.has_chart and shape.name == "Chart"
    ]


def chart_titled(presentation, start: str):
    return next(
        shape.chart for shape in slide_titled(presentation, start).shapes if shape.has_chart
    )


def series_values(chart) -> dict[str, tuple]:
    return {series.name: tuple(series.values) for series in chart.plots[0].series}


def test_the_charts_are_native_charts_named_and_described_by_their_title(spbe_report):
    presentation = deck(spbe_report)
    shapes = charts(presentation)
    assert len(shapes) == 5  # domains, aspects, history, units, what each index costs
    # The kind of plot as the chart's XML names it (python-pptx guesses a chart type from
    # the markers too, and a line whose target has none reads as a line without markers).
    assert [plot_kind(shape.chart) for shape in shapes] == [
        "barChart col clustered",
        "radarChart marker",
        "lineChart standard",
        "barChart bar stacked",
        "scatterChart lineMarker",
    ]
    descriptions = [shape._element.nvGraphicFramePr.cNvPr.get("descr") for shape in shapes]
    assert descriptions == [
        "Index per domain",
        "Index per aspect",
        "Index over the years",
        "Progress per unit",
        "What each index costs",
    ]
    assert not any(
        shape.shape_type == MSO_SHAPE_TYPE.PICTURE
        for slide in list(presentation.slides)[1:]
        for shape in slide.shapes
    )
    first = presentation.slides[0]
    assert any(shape.shape_type == MSO_SHAPE_TYPE.PICTURE for shape in first.shapes)  # the logo


def plot_kind(chart) -> str:
    plot = chart.plots[0]._element
    words = [plot.tag.split("}")[1]]
    words += plot.xpath("./c:barDir/@val | ./c:grouping/@val | ./c:radarStyle/@val")
    words += plot.xpath("./c:scatterStyle/@val")
    return " ".join(words)


def as_floats(values) -> tuple:
    return tuple(None if value is None else float(value) for value in values)


def part_values(summary, parts) -> dict[str, tuple]:
    """Each shown kind's values of ``parts`` (domains or aspects), named as on the slides, and
    the target at every part."""
    with translation.override("en"):
        values = {
            str(kind.label): as_floats(part.value(kind) for part in parts)
            for kind in summary.shown_kinds
        }
    return {**values, "Target": (float(summary.target),) * len(parts)}


@pytest.mark.parametrize(
    ("start", "parts"), [("Index per domain", "domains"), ("Index per aspect", "aspects")]
)
def test_a_part_chart_holds_each_parts_index_of_every_kind_and_the_target(
    spbe_report, start, parts
):
    summary = spbe_report.data.summary
    chart = chart_titled(deck(spbe_report), start)
    assert list(chart.plots[0].categories) == [part.name for part in getattr(summary, parts)]
    assert series_values(chart) == part_values(summary, getattr(summary, parts))


def test_the_history_chart_has_a_value_for_each_year_of_the_history(spbe_report):
    years = spbe_report.data.summary.history.years
    assert len(years) >= 3
    chart = chart_titled(deck(spbe_report), "Index over the years")
    with translation.override("en"):
        ticks = [str(year.label or year.year) for year in years]
    assert list(chart.plots[0].categories) == ticks
    values = series_values(chart)
    line = values[years[0].framework_short_title]
    assert line == as_floats(year.index for year in years)
    assert values["Target"] == (float(spbe_report.data.summary.target),) * len(years)


def test_the_progress_chart_stacks_each_units_counts(spbe_report):
    units = spbe_report.data.summary.units
    chart = chart_titled(deck(spbe_report), "Progress per unit")
    assert list(chart.plots[0].categories) == [
        f"{unit.short_name} ({unit.verified}/{unit.assigned})" for unit in units
    ]
    values = series_values(chart)
    assert values["Verified"] == tuple(float(unit.verified) for unit in units)
    assert values["Submitted"] == tuple(float(u.submitted - u.verified) for u in units)
    assert values["Overdue"] == tuple(float(unit.overdue) for unit in units)
    total = [sum(column) for column in zip(*values.values(), strict=True)]
    assert total == [float(unit.assigned) for unit in units]


def test_the_cost_curve_is_a_staircase_through_every_plan_of_the_curve(spbe_report):
    plan = spbe_report.data.recommendations
    chart = chart_titled(deck(spbe_report), "What each index costs")
    curve, target = chart.plots[0].series
    plans = [(float(p.cost), float(p.index)) for p in sorted(plan.curve, key=lambda p: p.cost)]
    points = xy_points(curve)
    assert points[::2] == plans  # the plans, and between two of them the step's corner
    corners = [(cost, index) for (cost, _), (_, index) in zip(plans[1:], plans[:-1], strict=True)]
    assert points[1::2] == corners
    assert xy_points(target) == [(0.0, float(plan.target)), (plans[-1][0], float(plan.target))]


def xy_points(series) -> list[tuple[float, float]]:
    """An XY series' points as written in the chart's XML."""
    xs = series._element.xpath("./c:xVal//c:pt/c:v/text()")
    ys = series._element.xpath("./c:yVal//c:pt/c:v/text()")
    return [(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]


def test_a_pemdi_deck_charts_every_indicator_in_two_halves(pemdi_report):
    presentation = deck(pemdi_report)
    slide = slide_titled(presentation, "Level per indicator")
    halves = [shape.chart for shape in slide.shapes if shape.has_chart]
    assert len(halves) == 2
    categories = [label for chart in halves for label in chart.plots[0].categories]
    rows = pemdi_report.data.indicators
    assert categories == [f"{row.code}. {row.name}" for row in rows]


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


def slide_titled(presentation, start: str):
    return next(slide for slide in presentation.slides if title(slide).startswith(start))


def table_rows(slide) -> list[list[str]]:
    table = next(shape.table for shape in slide.shapes if shape.has_table)
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_title_slide_carries_the_letterhead_the_framework_the_agency_and_the_year(
    spbe_report,
):
    first = texts(deck(spbe_report).slides[0])
    summary = spbe_report.data.summary
    for line in spbe_report.data.letterhead.lines:
        assert line in first
    assert summary.framework_title in first
    assert f"{summary.agency_name} · {summary.year}" in first


def test_the_summary_table_has_a_row_per_index_kind_with_how_much_is_filled_in(spbe_report):
    rows = table_rows(deck(spbe_report).slides[1])
    assert rows[0] == ["Index", "Value", "Predicate", "Filled in"]
    figures = spbe_report.data.summary.indices
    with translation.override("en"):
        assert [row[0] for row in rows[1:]] == [str(figure.label) for figure in figures]
    for row, figure in zip(rows[1:], figures, strict=True):
        assert row[3] == f"{figure.filled}/{figure.total}"
        assert (row[1] == "—") == (not figure.available)


def test_the_status_slide_counts_every_indicator_once(spbe_report):
    slide = slide_titled(deck(spbe_report), "Review status of the indicators")
    rows = table_rows(slide)
    assert rows[0] == ["State", "Indicators"]
    assert sum(int(row[1]) for row in rows[1:]) == len(spbe_report.data.indicators) == 47
    overclaims = spbe_report.data.summary.overclaims
    assert f"Claims above the verified level: {len(overclaims)}." in texts(slide)


def test_the_decisions_slide_asks_for_the_plan_and_gives_both_deadlines(spbe_report):
    slide = texts(slide_titled(deck(spbe_report), "Decisions for the leadership"))
    plan = spbe_report.data.recommendations
    summary = spbe_report.data.summary
    assert slide.splitlines()[1].startswith("• Index ")
    assert plan.steps  # the filled-in evaluation is below its target
    assert f"Approve the plan: {len(plan.steps)} step(s) for " in slide
    assert "Assign the steps to their units: " in slide
    assert f"Self-assessment closes on {summary.self_assessment_deadline}" in slide
    assert f"the review on {summary.review_deadline}" in slide


def test_the_plan_slide_says_where_the_plan_starts_and_ends(spbe_report):
    slide = texts(slide_titled(deck(spbe_report), "The plan to reach"))
    plan = spbe_report.data.recommendations
    assert f"with {len(plan.steps)} step(s) for " in slide
    with translation.override("en"):
        assert f"starting from the {plan.kind.label} values." in slide
    assert len(plan.steps) > MAX_PLAN_ROWS  # so the slide says how many it leaves out
    assert f"… and {len(plan.steps) - MAX_PLAN_ROWS} more step(s)" in slide


def test_a_pemdi_deck_shows_aspects_and_no_domains(pemdi_report):
    titles = [title(slide) for slide in deck(pemdi_report).slides]
    assert not any("domain" in t.lower() for t in titles)
    assert any("aspect" in t.lower() for t in titles)


def test_a_deck_without_a_logo_starts_its_letterhead_at_the_margin(pemdi_report):
    first = deck(pemdi_report).slides[0]
    assert not any(shape.shape_type == MSO_SHAPE_TYPE.PICTURE for shape in first.shapes)
