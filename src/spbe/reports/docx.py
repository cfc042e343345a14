"""The Word document: the notes per indicator for the national portal, and the review minutes.

Part one has, per indicator, exactly what the national evaluation portal asks for in the
self-assessment: the level, the justification (penjelasan) and the evidence (bukti dukung), in
a plain two-column table whose cells can be copied and pasted as they are. Part two is the
berita acara of the internal review, on the agency's letterhead, with the review's results and
a place for signatures.
"""

from __future__ import annotations

import io

from django.utils import formats
from django.utils.translation import gettext as _
from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from spbe.evaluations.models import AssessmentState
from spbe.evaluations.scores import IndexKind
from spbe.reports.data import EvidenceItem, IndicatorRow, ReportData
from spbe.reports.letterhead import Letterhead
from spbe.reports.wording import illustrative_notice, index_caption, level, number


def render_docx(data: ReportData) -> bytes:
    document = Document()
    page_setup(document)
    _portal_notes(document, data)
    document.add_section(WD_SECTION.NEW_PAGE)
    _review_minutes(document, data)
    document.core_properties.title = _("Self-assessment notes and review minutes")
    document.core_properties.author = data.summary.agency_name
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def page_setup(document: DocumentObject) -> None:
    """A4 with 2 cm margins, Arial 10 pt."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)


def portal_level(row: IndicatorRow) -> str:
    """The level to enter on the portal: the verified one once the review has checked it."""
    if row.verified is not None:
        return level(row.verified)
    if row.claimed is None:
        return "—"
    return _("%(level)s (not yet verified)") % {"level": level(row.claimed)}


def evidence_line(item: EvidenceItem) -> str:
    text = item.title
    if item.number:
        text += ", " + _("no. %(number)s") % {"number": item.number}
    if item.year:
        text += f" ({item.year})"
    if item.level:
        text += " · " + _("level %(level)s") % {"level": item.level}
    if item.url:
        text += f" · {item.url}"
    return text


def _portal_notes(document: DocumentObject, data: ReportData) -> None:
    document.add_heading(_("Self-assessment notes for the national portal"), level=1)
    document.add_paragraph(
        f"{data.summary.agency_name} · {data.summary.framework_title} · {data.summary.year} "
        f"({_('revision')} {data.summary.revision_number})"
    )
    official = data.summary.official
    document.add_paragraph(
        _("Index (%(kind)s): %(index)s, %(predicate)s.")
        % {
            "kind": official.label,
            "index": number(official.index),
            "predicate": official.predicate or "—",
        }
        + " "
        + index_caption(data)
    )
    notice = illustrative_notice(data)
    if notice:
        document.add_paragraph().add_run(notice).italic = True
    document.add_paragraph(
        _(
            "For each indicator: the level to choose, the justification and the evidence, as "
            "the portal asks for them. Copy each cell into the matching field."
        )
    )
    for row in data.indicators:
        document.add_heading(f"{row.code}. {row.name}", level=2)
        evidence = "\n".join(evidence_line(item) for item in row.evidence) or "—"
        facts_table(
            document,
            [
                (_("Level"), portal_level(row)),
                (_("Criteria met"), ", ".join(str(n) for n in row.criteria_met) or "—"),
                (_("Justification (penjelasan)"), row.justification or "—"),
                (_("Evidence (bukti dukung)"), evidence),
            ],
        )


def facts_table(document: DocumentObject, rows: list[tuple[str, str]]) -> Table:
    """A two-column table of label and value; a value's lines are paragraphs of its cell."""
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for cells, (label, value) in zip(table.rows, rows, strict=True):
        cells.cells[0].width = Cm(4.5)
        cells.cells[1].width = Cm(12.5)
        cells.cells[0].paragraphs[0].add_run(label).bold = True
        _write_lines(cells.cells[1], value)
    return table


def _write_lines(cell: _Cell, text: str) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def letterhead(document: DocumentObject, head: Letterhead) -> None:
    """The kop surat: the logo at the left of the letterhead's lines, then a rule."""
    table = document.add_table(rows=1, cols=2 if head.logo else 1)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = table.rows[0].cells
    if head.logo:
        cells[0].width = Cm(2.6)
        cells[0].paragraphs[0].add_run().add_picture(io.BytesIO(head.logo), height=Cm(2.2))
    text_cell = cells[-1]
    for position, line in enumerate(head.lines):
        paragraph = text_cell.paragraphs[0] if position == 0 else text_cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(line)
        run.bold = position == 0
        run.font.size = Pt(12 if position == 0 else 9)
    document.add_paragraph("_" * 86).alignment = WD_ALIGN_PARAGRAPH.CENTER


def _review_minutes(document: DocumentObject, data: ReportData) -> None:
    letterhead(document, data.letterhead)
    title = document.add_heading(_("Minutes of the internal review"), level=1)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(_("Number: ………………………………")).alignment = WD_ALIGN_PARAGRAPH.CENTER
    counts = {state: 0 for state in AssessmentState.values}
    for row in data.indicators:
        counts[row.state] += 1
    when = data.last_review or data.generated_at
    document.add_paragraph(
        _(
            "On %(date)s the internal review team of %(agency)s reviewed the self-assessment of "
            "the %(framework)s for %(year)s. Of its %(total)s indicators, %(verified)s were "
            "verified, %(returned)s returned to their unit and %(waiting)s are awaiting review "
            "or not yet submitted."
        )
        % {
            "date": formats.date_format(when, "DATE_FORMAT"),
            "agency": data.summary.agency_name,
            "framework": data.summary.framework_title,
            "year": data.summary.year,
            "total": len(data.indicators),
            "verified": counts[AssessmentState.VERIFIED],
            "returned": counts[AssessmentState.RETURNED],
            "waiting": len(data.indicators)
            - counts[AssessmentState.VERIFIED]
            - counts[AssessmentState.RETURNED],
        }
    )
    for kind in (IndexKind.SELF, IndexKind.VERIFIED):
        figure = data.summary.index(kind)
        document.add_paragraph(
            _("%(kind)s index: %(index)s (%(predicate)s). %(caption)s")
            % {
                "kind": figure.label,
                "index": number(figure.index),
                "predicate": figure.predicate or "—",
                "caption": index_caption(data, figure),
            },
            style="List Bullet",
        )
    notice = illustrative_notice(data)
    if notice:
        document.add_paragraph().add_run(notice).italic = True
    document.add_heading(_("Results of the review"), level=2)
    table = document.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    headers = ["#", _("Indicator"), _("Claim"), _("Verified"), _("Result"), _("Note")]
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(header).bold = True
    for row in data.indicators:
        note = row.verification_reason or row.return_note
        values = [
            row.code,
            row.name,
            level(row.claimed),
            level(row.verified),
            row.state_label,
            note,
        ]
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    for cells, width in zip(
        zip(*(r.cells for r in table.rows), strict=True), _COLUMN_WIDTHS, strict=True
    ):
        for cell in cells:
            cell.width = width
    if data.reviewers:
        document.add_paragraph(_("Reviewed by: %(names)s.") % {"names": ", ".join(data.reviewers)})
    document.add_paragraph(_("These minutes were drawn up truthfully, to be used as required."))
    _signatures(document)


_COLUMN_WIDTHS = (Cm(1.2), Cm(6.3), Cm(1.6), Cm(1.6), Cm(2.3), Cm(4))


def _signatures(document: DocumentObject) -> None:
    table = document.add_table(rows=3, cols=2)
    roles = (_("Internal assessor"), _("Coordinator, Tim Koordinasi SPBE"))
    for column, role in enumerate(roles):
        table.cell(0, column).text = role
        table.cell(1, column).text = "\n\n\n"
        table.cell(2, column).text = "( ……………………………… )"
        for row in range(3):
            table.cell(row, column).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
