"""Slides for the leadership meeting: ten 16:9 slides, the charts PowerPoint's own.

Always the same ten slides, so a leader finds the same thing in the same place every year:
title, summary, domains, aspects, history, unit progress, review status, the plan, what each
index costs, decisions to take. A slide whose data is missing says so instead of vanishing.
The charts are drawn from the same data as the dashboard's and the PDF's, as native charts
(``spbe.reports.slide_charts``): editable in PowerPoint, and no matplotlib in the process.
"""

from __future__ import annotations

import io
from collections import Counter

from django.utils.translation import gettext as _
from pptx import Presentation
from pptx.presentation import Presentation as PresentationObject
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Emu, Inches, Length, Pt

from spbe.evaluations.charts import (
    ASPECT_TITLE,
    DOMAIN_TITLE,
    HISTORY_TITLE,
    PROGRESS_TITLE,
    aspect_comparison,
    domain_comparison,
    history_labels,
    history_points,
    progress_labels,
    unit_rows,
)
from spbe.evaluations.models import AssessmentState
from spbe.reports import figures, slide_charts
from spbe.reports.data import ReportData
from spbe.reports.slide_charts import SlideChart
from spbe.reports.wording import (
    cost_unit_label,
    illustrative_notice,
    index_caption,
    level,
    number,
    report_title,
)

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.5)
TITLE_HEIGHT = Inches(0.9)
MAX_PLAN_ROWS = 8
BLANK_LAYOUT = 6  # "Blank" in python-pptx's default template


def emu(value: float) -> Length:
    """A computed position or size as python-pptx's length type (whole EMUs)."""
    return Emu(int(value))


def render_pptx(data: ReportData) -> bytes:
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = WIDTH, HEIGHT
    _title_slide(presentation, data)
    _summary_slide(presentation, data)
    summary = data.summary
    domains = domain_comparison(summary)
    if domains is not None:
        chart = slide_charts.comparison_columns(domains, title=str(DOMAIN_TITLE))
        _chart_slide(presentation, chart.title, chart, index_caption(data))
    else:
        charts = [
            slide_charts.indicator_rows(comparison, title=title)
            for title, comparison in figures.indicator_comparisons(data)
        ]
        _chart_slide(presentation, _("Level per indicator"), charts, index_caption(data))
    aspects = slide_charts.comparison_radar(aspect_comparison(summary), title=str(ASPECT_TITLE))
    _chart_slide(presentation, aspects.title, aspects, index_caption(data))
    history = slide_charts.history_lines(
        history_points(summary),
        title=str(HISTORY_TITLE),
        labels=history_labels(summary),
        target=summary.target,
        target_series=summary.framework_short_title,
    )
    _chart_slide(
        presentation,
        history.title,
        history,
        _(
            "The official index of each year, one line per framework: external when recorded, "
            "else verified."
        )
        + " "
        + index_caption(data),
    )
    progress = slide_charts.progress_bars(
        unit_rows(summary), title=str(PROGRESS_TITLE), labels=progress_labels()
    )
    _chart_slide(presentation, progress.title, progress, "")
    _status_slide(presentation, data)
    _plan_slide(presentation, data)
    plan = data.recommendations
    if plan.available:
        curve = slide_charts.cost_steps(
            plan.curve,
            title=figures.curve_title(),
            labels=figures.curve_labels(data),
            target=plan.target,
        )
        caption = f"{_plan_sentence(data)} {index_caption(data)}"
        _chart_slide(presentation, curve.title, curve, caption)
    else:
        slide = _slide(presentation, figures.curve_title())
        _text(slide, plan.problem, top=TITLE_HEIGHT + MARGIN)
    _decisions_slide(presentation, data)
    presentation.core_properties.title = (
        f"{report_title()} · {data.summary.agency_name} · {data.summary.year}"
    )
    presentation.core_properties.author = data.summary.agency_name
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def _slide(presentation: PresentationObject, title: str) -> Slide:
    slide = presentation.slides.add_slide(presentation.slide_layouts[BLANK_LAYOUT])
    box = slide.shapes.add_textbox(MARGIN, Inches(0.3), WIDTH - 2 * MARGIN, TITLE_HEIGHT)
    box.name = "Title"
    run = box.text_frame.paragraphs[0].add_run()
    run.text = title
    run.font.size = Pt(28)
    run.font.bold = True
    return slide


def _text(slide: Slide, text: str, *, top: int, size: int = 16, height: int | None = None) -> Shape:
    box = slide.shapes.add_textbox(
        MARGIN, emu(top), emu(WIDTH - 2 * MARGIN), emu(height or Inches(1.0))
    )
    frame = box.text_frame
    frame.word_wrap = True
    for position, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if position == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(size)
    return box


def _title_slide(presentation: PresentationObject, data: ReportData) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[BLANK_LAYOUT])
    head = data.letterhead
    left: Length = MARGIN
    if head.logo:
        height = Inches(1.1)
        slide.shapes.add_picture(io.BytesIO(head.logo), MARGIN, Inches(0.4), height=height)
        left = emu(MARGIN + height * head.logo_ratio + Inches(0.3))
    box = slide.shapes.add_textbox(left, Inches(0.4), WIDTH - left - MARGIN, Inches(1.2))
    box.text_frame.word_wrap = True
    for position, line in enumerate(head.lines):
        paragraph = (
            box.text_frame.paragraphs[0] if position == 0 else box.text_frame.add_paragraph()
        )
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(16 if position == 0 else 11)
        run.font.bold = position == 0
    title = _text(slide, report_title(), top=Inches(2.4), size=40)
    title.name = "Title"
    _text(
        slide,
        f"{data.summary.framework_title}\n{data.summary.agency_name} · {data.summary.year}",
        top=Inches(3.5),
        size=20,
        height=Inches(1.2),
    )
    notice = illustrative_notice(data)
    if notice:
        _text(slide, notice, top=Inches(5.6), size=12, height=Inches(1.2))


def _summary_slide(presentation: PresentationObject, data: ReportData) -> None:
    slide = _slide(presentation, _("Summary"))
    official = data.summary.official
    boxes = [
        (
            _("Index (%(kind)s)") % {"kind": official.label},
            number(official.index),
            official.predicate or "—",
        ),
        (_("Target index"), number(data.summary.target), ""),
        (
            _("Gap to target"),
            _("reached") if official.reached else number(official.gap),
            "",
        ),
    ]
    width = (WIDTH - 2 * MARGIN - Inches(0.6)) // 3
    for position, (label, value, below) in enumerate(boxes):
        box = slide.shapes.add_textbox(
            emu(MARGIN + position * (width + Inches(0.3))), Inches(1.4), emu(width), Inches(1.8)
        )
        frame = box.text_frame
        frame.paragraphs[0].add_run().text = label
        big = frame.add_paragraph().add_run()
        big.text = value
        big.font.size = Pt(44)
        big.font.bold = True
        if below:
            frame.add_paragraph().add_run().text = below
    rows = [
        [
            f.label,
            number(f.index) if f.available else "—",
            (f.predicate or "—") if f.available else "—",
            f"{f.filled}/{f.total}",
        ]
        for f in data.summary.indices
    ]
    _table(
        slide,
        [_("Index"), _("Value"), _("Predicate"), _("Filled in")],
        rows,
        top=Inches(3.5),
        height=Inches(1.8),
        widths=(4.0, 2.5, 3.3, 2.5),
    )
    _text(slide, index_caption(data), top=Inches(5.6), size=12, height=Inches(1.2))


def _chart_slide(
    presentation: PresentationObject,
    title: str,
    charts: SlideChart | list[SlideChart],
    caption: str,
) -> None:
    """One chart, or several side by side, filling the slide below its title."""
    slide = _slide(presentation, title)
    charts = charts if isinstance(charts, list) else [charts]
    gap = Inches(0.3)
    top = TITLE_HEIGHT + Inches(0.4)
    width = (WIDTH - 2 * MARGIN - gap * (len(charts) - 1)) / len(charts)
    height = HEIGHT - top - Inches(1.0 if caption else 0.4)
    for position, chart in enumerate(charts):
        slide_charts.place(
            slide,
            chart,
            left=int(MARGIN + position * (width + gap)),
            top=int(top),
            width=int(width),
            height=int(height),
        )
    if caption:
        _text(slide, caption, top=HEIGHT - Inches(0.95), size=10, height=Inches(0.8))


def _status_slide(presentation: PresentationObject, data: ReportData) -> None:
    slide = _slide(presentation, _("Review status of the indicators"))
    counts = Counter(row.state for row in data.indicators)
    rows = [[str(label), str(counts.get(state, 0))] for state, label in AssessmentState.choices]
    _table(
        slide,
        [_("State"), _("Indicators")],
        rows,
        top=Inches(1.4),
        height=Inches(3.0),
        widths=(5.0, 2.0),
    )
    overclaims = data.summary.overclaims
    text = _("Claims above the verified level: %(count)s.") % {"count": len(overclaims)}
    if overclaims:
        text += " " + ", ".join(
            f"{claim.code} ({level(claim.claimed)} → {level(claim.verified)})"
            for claim in overclaims[:12]
        )
    _text(slide, text, top=Inches(4.9), size=14, height=Inches(1.6))


def _plan_sentence(data: ReportData) -> str:
    plan = data.recommendations
    if not plan.available:
        return plan.problem
    return _(
        "From %(before)s to %(after)s (%(predicate)s) with %(count)s step(s) for %(cost)s %(unit)s, "
        "starting from the %(kind)s values."
    ) % {
        "before": number(plan.index_before),
        "after": number(plan.index_after),
        "predicate": plan.predicate_after or "—",
        "count": len(plan.steps),
        "cost": level(plan.total_cost),
        "unit": cost_unit_label(plan.cost_unit),
        "kind": str(plan.kind.label),
    }


def _plan_slide(presentation: PresentationObject, data: ReportData) -> None:
    plan = data.recommendations
    slide = _slide(
        presentation, _("The plan to reach the target %(target)s") % {"target": number(plan.target)}
    )
    _text(slide, _plan_sentence(data), top=TITLE_HEIGHT + Inches(0.3), size=14, height=Inches(0.7))
    if not plan.available:
        return
    rows = [
        [
            step.code,
            step.name,
            step.lead_unit or "—",
            level(step.from_value),
            str(step.to_level),
            level(step.cost),
        ]
        for step in plan.steps[:MAX_PLAN_ROWS]
    ] or [["", _("No step is needed."), "", "", "", ""]]
    _table(
        slide,
        ["#", _("Indicator"), _("Lead unit"), _("From"), _("To"), _("Cost")],
        rows,
        top=Inches(2.1),
        height=Inches(0.4) * (len(rows) + 1),
        widths=(0.8, 6.4, 2.6, 0.8, 0.8, 0.9),
        size=10,
    )
    if len(plan.steps) > MAX_PLAN_ROWS:
        _text(
            slide,
            _("… and %(count)s more step(s): see the PDF report or the workbook.")
            % {"count": len(plan.steps) - MAX_PLAN_ROWS},
            top=HEIGHT - Inches(0.8),
            size=12,
            height=Inches(0.5),
        )


def _decisions_slide(presentation: PresentationObject, data: ReportData) -> None:
    slide = _slide(presentation, _("Decisions for the leadership"))
    plan = data.recommendations
    official = data.summary.official
    lines = [
        _("Index %(index)s (%(predicate)s) against the target %(target)s.")
        % {
            "index": number(official.index),
            "predicate": official.predicate or "—",
            "target": number(data.summary.target),
        },
    ]
    if plan.available and plan.steps:
        lines.append(
            _("Approve the plan: %(count)s step(s) for %(cost)s %(unit)s.")
            % {
                "count": len(plan.steps),
                "cost": level(plan.total_cost),
                "unit": cost_unit_label(plan.cost_unit),
            }
        )
        lines.append(
            _("Assign the steps to their units: %(units)s.")
            % {"units": ", ".join(plan.units) or "—"}
        )
    elif plan.available:
        lines.append(_("The target is reached: keep the evidence current for the next evaluation."))
    else:
        lines.append(plan.problem)
    lines.append(
        _("Self-assessment closes on %(date)s; the review on %(review)s.")
        % {"date": data.summary.self_assessment_deadline, "review": data.summary.review_deadline}
    )
    _text(
        slide,
        "\n".join(f"• {line}" for line in lines),
        top=Inches(1.5),
        size=20,
        height=Inches(4.5),
    )
    _text(slide, index_caption(data), top=HEIGHT - Inches(0.9), size=11, height=Inches(0.6))


def _table(
    slide: Slide,
    headers: list[str],
    rows: list[list[str]],
    *,
    top: int,
    height: int,
    widths: tuple[float, ...],
    size: int = 14,
) -> None:
    total = sum(widths)
    available = WIDTH - 2 * MARGIN
    shape = slide.shapes.add_table(
        len(rows) + 1, len(headers), MARGIN, emu(top), emu(available), emu(height)
    )
    shape.name = "Table"
    table = shape.table
    for position, width in enumerate(widths):
        table.columns[position].width = emu(available * width / total)
    for row_index, values in enumerate([headers, *rows]):
        for column, value in enumerate(values):
            cell = table.cell(row_index, column)
            cell.text = value
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(size)
                    run.font.bold = row_index == 0
