"""The interview pack as PDF: the agency's letterhead, then per indicator the items to discuss."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string
from django.utils import formats
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from spbe.reports.pack_data import InterviewPack, PackItem
from spbe.reports.pack_wording import (
    answer_line,
    counts_line,
    evidence_line,
    pack_notice,
    pack_title,
    status_line,
    untouched_line,
)
from spbe.reports.pdf import html_to_pdf, logo_uri, page_css

TEMPLATE = "reports/pack/interview_pack.html"


def render_pack_pdf(pack: InterviewPack) -> bytes:
    return html_to_pdf(render_to_string(TEMPLATE, pack_pdf_context(pack)))


def pack_pdf_context(pack: InterviewPack) -> dict[str, Any]:
    return {
        "pack": pack,
        "title": pack_title(),
        "language": get_language() or "id",
        "notice": pack_notice(pack),
        "counts": counts_line(pack),
        "logo_uri": logo_uri(pack.letterhead),
        # Every text in it went through css_string, which escapes all but letters and digits.
        "page_css": mark_safe(page_css(f"{pack.agency_name} · {pack_title()} · {pack.year}")),
        "generated": formats.date_format(pack.generated_at, "DATETIME_FORMAT"),
        "sections": [
            (indicator, [_row(item) for item in indicator.items], untouched_line(indicator))
            for indicator in pack.indicators
        ],
    }


def _row(item: PackItem) -> dict[str, Any]:
    return {
        "item": item,
        "status": status_line(item),
        "answer": answer_line(item),
        "evidence": [evidence_line(found) for found in item.evidence],
    }
