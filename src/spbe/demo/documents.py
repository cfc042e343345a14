"""The demo's evidence documents: decrees, a regulation, an SOP and reports of Kota
Pematangsiantar, written as the city would write them and generated as PDF or DOCX files.

They are invented and say so at their end ("Dokumen contoh"), after the signature, where the
pre-check does not read them as part of the document. Their dates are set around the day the
demo is loaded (``issued``), so that the pre-check finds them current whenever it is loaded.
"""

from __future__ import annotations

import datetime
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from docx import Document as WordDocument
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from spbe.evidence.models import DocumentKind
from spbe.precheck.dates import format_date

Format = Literal["pdf", "docx"]

MAYOR = "WALI KOTA PEMATANGSIANTAR"
SIGNER = "DARWIN HUTAPEA"  # invented, as every name in the demo's documents
DEMO_NOTE = (
    "Dokumen contoh untuk demo aplikasi SPBE; bukan dokumen resmi Pemerintah Kota Pematangsiantar."
)
UU_PEMDA = "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"
PERPRES_SPBE = (
    "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik"
)
PERPRES_PEMDI = "Peraturan Presiden Nomor 82 Tahun 2023 tentang Percepatan Transformasi Digital"
UU_PDP = "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi"


@dataclass(frozen=True)
class DemoDocument:
    """One document: what the library records about it and the text its file holds."""

    title: str
    kind: DocumentKind
    number: str
    issued: datetime.date
    format: Format
    pages: tuple[tuple[str, ...], ...]  # the lines of each page

    @property
    def file_name(self) -> str:
        return f"{self.title}.{self.format}"

    def content(self) -> bytes:
        return _pdf(self) if self.format == "pdf" else _docx(self)


def decree(
    *,
    title: str,
    number: str,
    subject: str,
    considering: str,
    basis: Sequence[str],
    dictums: Sequence[str],
    issued: datetime.date,
    regulation: bool = False,
) -> DemoDocument:
    """A Keputusan (or, with ``regulation``, a Peraturan) Wali Kota: title block, considerations,
    legal basis, the numbered decisions on a second page, and the mayor's signature."""
    kind_line = (
        "PERATURAN WALI KOTA PEMATANGSIANTAR"
        if regulation
        else ("KEPUTUSAN WALI KOTA PEMATANGSIANTAR")
    )
    head = (
        MAYOR,
        "PROVINSI SUMATERA UTARA",
        kind_line,
        f"NOMOR {number}",
        "TENTANG",
        subject.upper(),
        "DENGAN RAHMAT TUHAN YANG MAHA ESA",
        f"{MAYOR},",
        f"Menimbang : a. {considering};",
        "Mengingat : " + " ".join(f"{n}. {law};" for n, law in enumerate(basis, start=1)),
        "MEMUTUSKAN:",
        f"Menetapkan : {kind_line.replace(' PEMATANGSIANTAR', '')} TENTANG {subject.upper()}.",
    )
    ordinals = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH")
    if regulation:
        body = tuple(f"Pasal {n}" + "\n" + text for n, text in enumerate(dictums, start=1))
    else:
        body = tuple(f"{ordinals[n]} : {text}" for n, text in enumerate(dictums))
    closing = (
        "Ditetapkan di Pematangsiantar",
        f"pada tanggal {format_date(issued)}",
        f"{MAYOR},",
        "ttd.",
        SIGNER,
        DEMO_NOTE,
    )
    kind = DocumentKind.PERWALI if regulation else DocumentKind.KEPUTUSAN
    return DemoDocument(title, kind, number, issued, "pdf", (head, body + closing))


def report(
    *,
    title: str,
    unit: str,
    sections: Sequence[tuple[str, str]],
    issued: datetime.date,
    kind: DocumentKind = DocumentKind.REPORT,
    number: str = "",
    format: Format = "docx",
) -> DemoDocument:
    """A report, minutes or plan of a unit: its letterhead, its sections and who signed it."""
    head = ("PEMERINTAH KOTA PEMATANGSIANTAR", unit.upper(), title.upper())
    body = tuple(f"{heading}\n{text}" for heading, text in sections)
    closing = (
        f"Pematangsiantar, {format_date(issued)}",
        f"Kepala {unit},",
        "ttd.",
        "RUTH MARPAUNG",
        DEMO_NOTE,
    )
    return DemoDocument(title, kind, number, issued, format, (head + body + closing,))


def _pdf(document: DemoDocument) -> bytes:
    pages = "".join(
        '<section class="page">'
        + "".join(f"<p>{html.escape(line).replace(chr(10), '<br>')}</p>" for line in page)
        + "</section>"
        for page in document.pages
    )
    source = (
        "<html><head><style>@page { size: A4; margin: 2.5cm }"
        " body { font-family: serif; font-size: 11pt }"
        " .page { break-after: page } .page:last-child { break-after: auto }</style></head>"
        f"<body>{pages}</body></html>"
    )
    rendered = HTML(string=source, url_fetcher=URLFetcher(allowed_protocols={"data"}))
    return bytes(rendered.write_pdf())


def _docx(document: DemoDocument) -> bytes:
    word = WordDocument()
    for number, page in enumerate(document.pages):
        if number:
            word.add_page_break()
        for line in page:
            word.add_paragraph(line)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()
