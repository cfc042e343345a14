"""The PDF "Laporan Evaluasi Mandiri": an HTML template rendered by WeasyPrint on A4.

The charts are the chart module's SVG, embedded in the page as ``data:image/svg+xml`` images:
the PDF gets the same vector drawing with its text as text, exactly as an ``<svg>`` element in
the HTML would give (the files are byte for byte the same), but WeasyPrint then does not run
every node of every chart through the HTML style cascade, which costs a third more layout work
and logs a warning for each SVG property it does not know as CSS. The SVG is first reduced to
the fewest nodes that draw the same (``spbe.charts.print_svg``): WeasyPrint draws it in Python,
node by node, and matplotlib's empty groups and ``style`` attributes were half of that work.

WeasyPrint fetches nothing from the network or the disk: the only resources are inline (the
charts and the logo as ``data:`` URIs), and the fetcher refuses every other address, so a URL
typed into an evidence record can never make the server load it.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from spbe.charts import Chart
from spbe.charts.print_svg import print_svg
from spbe.core.errors import ActionRefused
from spbe.evaluations.charts import summary_chart_svgs
from spbe.evaluations.scores import IndexFigure
from spbe.evaluations.summary import PartFigure
from spbe.reports import figures
from spbe.reports.data import IndicatorRow, ReportData
from spbe.reports.letterhead import Letterhead
from spbe.reports.pdf_layout import LayoutChild, LayoutFailed
from spbe.reports.wording import (
    cost_unit_label,
    illustrative_notice,
    index_caption,
    report_title,
    weight_value,
)

TEMPLATE = "reports/pdf/report.html"


@dataclass(frozen=True)
class AspectSection:
    aspect: PartFigure
    indicators: list[IndicatorRow]


@dataclass(frozen=True)
class DomainSection:
    domain: PartFigure | None
    aspects: list[AspectSection]


@dataclass(frozen=True)
class IndexLine:
    figure: IndexFigure
    caption: str


@dataclass(frozen=True)
class Figure:
    """A chart embedded in the page, with its title as caption and alternative text."""

    uri: str
    title: str

    @classmethod
    def of(cls, chart: Chart) -> Figure:
        return cls(_svg_uri(chart.svg()), chart.title)


def render_pdf(data: ReportData) -> bytes:
    return layout_pdf(lambda: render_to_string(TEMPLATE, pdf_context(data)))


def html_to_pdf(html: str) -> bytes:
    return layout_pdf(lambda: html)


def layout_pdf(make_html: Callable[[], str]) -> bytes:
    """Lay out the HTML ``make_html`` returns with WeasyPrint, which may fetch nothing but
    ``data:`` URIs: in a child process with the report's time and memory limits
    (``pdf_layout``), started before ``make_html`` is called so that it loads WeasyPrint
    meanwhile; in this process if ``SPBE_REPORT_ISOLATED`` is off (the tests, which render
    many small reports). Only then does this process import WeasyPrint."""
    if not settings.SPBE_REPORT_ISOLATED:
        from weasyprint import HTML
        from weasyprint.urls import URLFetcher

        fetcher = URLFetcher(allowed_protocols={"data"})
        return HTML(string=make_html(), url_fetcher=fetcher).write_pdf()
    with LayoutChild(memory_mb=settings.SPBE_REPORT_MEMORY_MB) as child:
        html = make_html()
        try:
            return child.pdf(html, timeout=settings.SPBE_REPORT_TIMEOUT)
        except LayoutFailed as failed:
            raise ActionRefused(layout_failure_message(failed)) from failed


def layout_failure_message(failed: LayoutFailed) -> str:
    """Why the PDF could not be made, for the person who asked for it."""
    if failed.reason == "timeout":
        return _(
            "The PDF took longer than %(seconds)s seconds to lay out and was stopped. Shorten "
            "the longest texts of the evaluation (notes, justifications) and ask again."
        ) % {"seconds": settings.SPBE_REPORT_TIMEOUT}
    if failed.reason == "memory":
        return _(
            "The PDF needed more than %(size)s MiB of memory and was stopped. Shorten the "
            "longest texts of the evaluation and ask again."
        ) % {"size": settings.SPBE_REPORT_MEMORY_MB}
    return _("The PDF could not be laid out (%(detail)s).") % {"detail": failed.detail}


def pdf_context(data: ReportData) -> dict[str, Any]:
    summary = data.summary
    curve = figures.curve_chart(data)
    return {
        "data": data,
        "summary": summary,
        "title": report_title(),
        "language": get_language() or "id",
        "notice": illustrative_notice(data),
        "caption": index_caption(data),
        "index_lines": [
            IndexLine(figure, index_caption(data, figure)) for figure in summary.indices
        ],
        "cost_unit": cost_unit_label(data.recommendations.cost_unit),
        "sections": _sections(data),
        "weights": {row.number: weight_value(row.weight) for row in data.indicators},
        "logo_uri": logo_uri(data.letterhead),
        # Every text in it went through css_string, which escapes all but letters and digits.
        "page_css": mark_safe(
            page_css(f"{summary.agency_name} · {summary.framework_short_title} · {summary.year}")
        ),
        "charts": [Figure(_svg_uri(svg), title) for title, svg in summary_chart_svgs(summary)],
        "curve": Figure.of(curve) if curve else None,
        "generated": formats.date_format(data.generated_at, "DATETIME_FORMAT"),
    }


def _svg_uri(svg: str) -> str:
    """The chart as a ``data:`` URI, in the fewest SVG nodes that draw it (``print_svg``)."""
    printed = print_svg(svg).encode("utf-8")
    return "data:image/svg+xml;base64," + base64.b64encode(printed).decode("ascii")


def _sections(data: ReportData) -> list[DomainSection]:
    domains: list[PartFigure | None] = list(data.summary.domains) or [None]
    sections = []
    for domain in domains:
        aspects = data.summary.aspects_of(domain.number if domain else None)
        sections.append(
            DomainSection(
                domain,
                [AspectSection(aspect, data.indicators_of(aspect.number)) for aspect in aspects],
            )
        )
    return sections


def logo_uri(letterhead: Letterhead) -> str:
    """The letterhead's logo as a ``data:`` URI, the only kind of address WeasyPrint may load."""
    if not letterhead.logo:
        return ""
    encoded = base64.b64encode(letterhead.logo).decode("ascii")
    return f"data:{letterhead.logo_type};base64,{encoded}"


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string: anything but letters, digits and spaces is escaped."""
    escaped = "".join(
        char if char.isalnum() or char == " " else f"\\{ord(char):x} " for char in text
    )
    return f'"{escaped}"'


def page_number_content() -> str:
    """ "Page 3 of 12" in the user's language, as CSS ``content`` with the page counters."""
    template = _("Page {page} of {pages}")
    parts = []
    for token in template.replace("{pages}", "\0pages\0").replace("{page}", "\0page\0").split("\0"):
        if token in ("page", "pages"):
            parts.append(f"counter({token})")
        elif token:
            parts.append(css_string(token))
    return " ".join(parts)


def page_css(running_text: str) -> str:
    """A4 pages with ``running_text`` and the page number at the foot of all but the first."""
    running = css_string(running_text)
    return (
        "@page { size: A4; margin: 20mm 20mm 22mm 20mm;"
        f" @bottom-left {{ content: {running}; }}"
        f" @bottom-right {{ content: {page_number_content()}; }} }}"
        " @page :first { @bottom-left { content: none; } @bottom-right { content: none; } }"
    )
