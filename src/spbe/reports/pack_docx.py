"""The interview pack as a Word document, to annotate during the session: the same content as
the PDF, with a table per item whose answer cell the team can still edit."""

from __future__ import annotations

import io

from django.utils import formats
from django.utils.translation import gettext as _
from docx import Document

from spbe.reports.docx import facts_table, letterhead, page_setup
from spbe.reports.pack_data import InterviewPack
from spbe.reports.pack_wording import (
    answer_line,
    counts_line,
    evidence_line,
    pack_notice,
    pack_title,
    status_line,
    untouched_line,
)


def render_pack_docx(pack: InterviewPack) -> bytes:
    document = Document()
    page_setup(document)
    letterhead(document, pack.letterhead)
    document.add_heading(pack_title(), level=1)
    document.add_paragraph(f"{pack.framework_title} · {pack.agency_name} · {pack.year}")
    if pack.interview:
        starts, ends = (formats.date_format(day, "DATE_FORMAT") for day in pack.interview)
        document.add_paragraph(f"{_('Penilaian Interviu')}: {starts} – {ends}")
    notice = pack_notice(pack)
    if notice:
        document.add_paragraph(notice).runs[0].italic = True
    document.add_paragraph(counts_line(pack))
    if not pack.item_count:
        document.add_paragraph(
            _(
                "No item is in revisi, and none the team worked on was rejected "
                "automatically: there is nothing to discuss."
            )
        )
    for indicator in pack.indicators:
        document.add_heading(f"{_('Indicator')} {indicator.number}. {indicator.name}", level=2)
        document.add_paragraph(f"{_('Responsible unit')}: {indicator.lead_unit or '—'}")
        for item in indicator.items:
            document.add_heading(
                f"{item.code} · {_('level')} {item.level} · {status_line(item)}", level=3
            )
            document.add_paragraph(item.text)
            facts_table(
                document,
                [
                    (_("Assessor's note"), item.assessor_note or "—"),
                    (_("Our answer"), answer_line(item)),
                    (
                        _("Evidence"),
                        "\n".join(evidence_line(found) for found in item.evidence) or "—",
                    ),
                ],
            )
        untouched = untouched_line(indicator)
        if untouched:
            document.add_paragraph(untouched).runs[0].italic = True
    document.core_properties.title = pack_title()
    document.core_properties.author = pack.agency_name
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
