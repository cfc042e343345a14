"""The parts every generated document shares: paragraphs, the title block, the preamble, the
closing with its signature, and the numbering of chapters, sections and diktum."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tests.corpus.model import Article, Spec

ParagraphStyle = Literal["title", "center", "body", "item", "sign", "row"]

ROMAN = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
)
ORDINALS = [
    "Kesatu",
    "Kedua",
    "Ketiga",
    "Keempat",
    "Kelima",
    "Keenam",
    "Ketujuh",
    "Kedelapan",
    "Kesembilan",
    "Kesepuluh",
]
DIKTUM = [
    "KESATU",
    "KEDUA",
    "KETIGA",
    "KEEMPAT",
    "KELIMA",
    "KEENAM",
    "KETUJUH",
    "KEDELAPAN",
    "KESEMBILAN",
]
LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph and how it is set: a centred title, body text, a list item, a signature."""

    text: str
    style: ParagraphStyle = "body"
    # A list item's marker as printed ("a.", "1)", "•"); DOCX draws it with Word numbering.
    marker: str = ""
    # A table row's cells (style "row"); consecutive rows make one table.
    cells: tuple[str, ...] = ()


def regulated_articles(spec: Spec) -> list[tuple[str, Article]]:
    """The topic's provisions on the elements this document regulates, in topic order."""
    return [(name, a) for name, a in spec.topic.articles.items() if name in spec.regulated]


def number_line(spec: Spec) -> str:
    """The "NOMOR …" line; a draft leaves the number as dots."""
    if spec.draft or spec.number is None:
        return f"NOMOR ... TAHUN {spec.year}" if "/" not in (spec.number or "") else "NOMOR ..."
    return (
        f"NOMOR {spec.number}" if "/" in spec.number else f"NOMOR {spec.number} TAHUN {spec.year}"
    )


def title_block(spec: Spec, kind_line: str) -> list[Paragraph]:
    """RANCANGAN (for a draft), the issuer, the kind, the number and TENTANG the title."""
    issuer = spec.issuer
    lines = [Paragraph("RANCANGAN", "title")] if spec.draft else []
    lines += [Paragraph(line, "title") for line in issuer.header_lines]
    lines += [
        Paragraph(kind_line, "title"),
        Paragraph(number_line(spec), "title"),
        Paragraph("TENTANG", "title"),
        Paragraph(spec.topic.title, "title"),
    ]
    return lines


def preamble(spec: Spec, enacting: str) -> list[Paragraph]:
    """DENGAN RAHMAT …, the issuer, Menimbang, Mengingat, MEMUTUSKAN and Menetapkan."""
    issuer, topic = spec.issuer, spec.topic
    lines = [
        Paragraph("DENGAN RAHMAT TUHAN YANG MAHA ESA", "title"),
        Paragraph(f"{issuer.head_title},", "title"),
    ]
    considering = [topic.considering] if topic.considering else []
    considering.append(
        f"bahwa berdasarkan pertimbangan tersebut, perlu menetapkan {enacting} tentang "
        f"{topic.title.title()}"
    )
    for index, item in enumerate(considering):
        prefix = "Menimbang : " if index == 0 else ""
        lines.append(Paragraph(f"{prefix}{LETTERS[index]}. {item};", "item"))
    for index, item in enumerate(topic.basis):
        prefix = "Mengingat : " if index == 0 else ""
        lines.append(Paragraph(f"{prefix}{index + 1}. {item};", "item"))
    lines += [
        Paragraph("MEMUTUSKAN:", "title"),
        Paragraph(f"Menetapkan : {enacting.upper()} TENTANG {topic.title}.", "body"),
    ]
    return lines


def closing(spec: Spec, *, promulgate: bool, signer_title: str | None = None) -> list[Paragraph]:
    """The signature (blank in a draft) and, for a regulation, the promulgation."""
    issuer = spec.issuer
    title = signer_title or issuer.head_title
    if spec.draft:
        return [
            Paragraph(f"Ditetapkan di {issuer.place}", "sign"),
            Paragraph("pada tanggal ....................", "sign"),
            Paragraph(f"{title},", "sign"),
        ]
    lines = [
        Paragraph(f"Ditetapkan di {issuer.place}", "sign"),
        Paragraph(f"pada tanggal {spec.date}", "sign"),
        Paragraph(f"{title},", "sign"),
        Paragraph("ttd", "sign"),
        Paragraph(issuer.signer, "sign"),
    ]
    if promulgate:
        lines += [
            Paragraph(f"Diundangkan di {issuer.place}", "sign"),
            Paragraph(f"pada tanggal {spec.date}", "sign"),
            Paragraph(f"{issuer.secretary_title},", "sign"),
            Paragraph("ttd", "sign"),
            Paragraph(issuer.secretary, "sign"),
            Paragraph(f"{issuer.gazette} TAHUN {spec.year} NOMOR {spec.number}", "body"),
        ]
    return lines
