"""The held-back part's document forms: a regulation whose elements come in reverse order under
"Paragraf" headings with a scope list phrased "Materi muatan … meliputi:", one whose content is
an ayat holding an enumeration ("… terdiri atas:", "… meliputi:", "… mengatur:", "…
mencakup:"), a comprehensive "Tata Kelola SPBE" regulation with its chapters in another order
and under other headings, and decrees with diktum and a table of members in the Lampiran."""

from __future__ import annotations

from collections.abc import Callable

from tests.corpus import regulations
from tests.corpus.forms import (
    LETTERS,
    ROMAN,
    Paragraph,
    closing,
    preamble,
    regulated_articles,
    title_block,
)
from tests.corpus.heldback import content
from tests.corpus.heldback.implementation import evaluation_minutes
from tests.corpus.model import Spec, Topic

REVIEW = "Reviu dan evaluasi kebijakan secara berkala"
VERBS = ("terdiri atas", "meliputi", "mengatur", "mencakup")
OMNIBUS_TITLE = "TATA KELOLA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK"
# The comprehensive regulation's chapters, in its own order, with its own headings.
OMNIBUS_CHAPTERS: tuple[tuple[Topic, str], ...] = (
    (content.TIM_KOORDINASI, "KELEMBAGAAN TIM KOORDINASI SPBE"),
    (content.PETA_RENCANA, "PETA RENCANA SPBE DAERAH"),
    (content.ARSITEKTUR, "ARSITEKTUR SPBE DAERAH"),
    (content.PUSAT_DATA, "PUSAT DATA DAERAH"),
    (content.AUDIT_TIK, "AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI"),
)


class _Numbering:
    """Chapters (BAB), articles (Pasal) and parts (Paragraf) counted as they are written."""

    def __init__(self, lines: list[Paragraph]) -> None:
        self.lines, self.chapter, self.article, self.part = lines, 0, 0, 0

    def bab(self, title: str) -> None:
        self.lines += [Paragraph(f"BAB {ROMAN[self.chapter]}", "title"), Paragraph(title, "title")]
        self.chapter += 1
        self.part = 0

    def paragraf(self, title: str) -> None:
        self.part += 1
        self.lines += [Paragraph(f"Paragraf {self.part}", "title"), Paragraph(title, "title")]

    def pasal(self, ayat: tuple[str, ...] | list[str]) -> None:
        self.article += 1
        self.lines.append(Paragraph(f"Pasal {self.article}", "title"))
        self.lines.extend(Paragraph(text, "body") for text in ayat)


def _opening(spec: Spec) -> tuple[list[Paragraph], _Numbering]:
    issuer, topic = spec.issuer, spec.topic
    lines = title_block(spec, f"PERATURAN {issuer.head_title}") + preamble(spec, issuer.regulation)
    numbering = _Numbering(lines)
    numbering.bab("KETENTUAN UMUM")
    definitions = [f"Daerah adalah {issuer.region}.", *topic.definitions]
    numbering.pasal(
        [
            f"Dalam {issuer.regulation} ini yang dimaksud dengan:",
            *(f"{n + 1}. {text}" for n, text in enumerate(definitions)),
        ]
    )
    return lines, numbering


def _ending(spec: Spec, lines: list[Paragraph], numbering: _Numbering) -> list[Paragraph]:
    numbering.bab("KETENTUAN PENUTUP")
    numbering.pasal([f"{spec.issuer.regulation} ini mulai berlaku pada tanggal diundangkan."])
    return lines + closing(spec, promulgate=True)


def regulation(spec: Spec) -> list[Paragraph]:
    """A regulation: the purpose and a "Materi muatan … meliputi:" list in the first chapter
    (both name every element, neither regulates one), then the elements in reverse order,
    each under a "Paragraf" heading."""
    topic = spec.topic
    lines, numbering = _opening(spec)
    if topic.purpose:
        numbering.pasal([topic.purpose])
    if topic.scope:
        numbering.pasal(
            [
                f"Materi muatan {spec.issuer.regulation} ini meliputi:",
                *(f"{LETTERS[n]}. {item};" for n, item in enumerate(topic.scope)),
            ]
        )
    numbering.bab(f"PENYUSUNAN {topic.subject.upper()}")
    numbering.pasal(list(topic.opening))
    for _name, article in reversed(regulated_articles(spec)):
        if article.heading:
            numbering.paragraf(article.heading)
        numbering.pasal(article.ayat)
    return _ending(spec, lines, numbering)


def enumerated(spec: Spec) -> list[Paragraph]:
    """A regulation whose first ayat on the subject enumerates its content with one of four
    verbs; the elements that are not content (integration, review) are articles of their own."""
    topic = spec.topic
    items = content.ITEMS[spec.indicator]
    listed = [text for name, text in items.items() if name in spec.regulated]
    verb = VERBS[int(spec.number or "0") % len(VERBS)]
    marker = spec.marker or "a."
    lines, numbering = _opening(spec)
    numbering.bab(topic.subject.upper())
    numbering.pasal(list(topic.opening))
    numbering.pasal([f"(1) {topic.subject} Daerah {verb}:"])
    lines += [
        Paragraph(f"{text}{';' if n < len(listed) - 1 else '.'}", "item", _marker(marker, n))
        for n, text in enumerate(listed)
    ]
    lines.append(
        Paragraph(
            f"(2) Ketentuan lebih lanjut mengenai {topic.subject} sebagaimana dimaksud pada ayat "
            "(1) ditetapkan dengan Keputusan Kepala {tik}.",
            "body",
        )
    )
    for name, article in regulated_articles(spec):
        if name not in items:
            numbering.pasal(article.ayat)
    return _ending(spec, lines, numbering)


def omnibus(spec: Spec) -> list[Paragraph]:
    """A "Peraturan … tentang Tata Kelola SPBE": a chapter per subject, in the order of
    ``OMNIBUS_CHAPTERS``. The checked indicator's chapter regulates ``spec.regulated``, the
    others all their elements; the periodic evaluation has a chapter of its own."""
    issuer = spec.issuer
    lines = title_block(spec, f"PERATURAN {issuer.head_title}") + preamble(spec, issuer.regulation)
    numbering = _Numbering(lines)
    numbering.bab("KETENTUAN UMUM")
    definitions = [d for topic, _h in OMNIBUS_CHAPTERS for d in topic.definitions[1:2]]
    numbering.pasal(
        [
            f"Dalam {issuer.regulation} ini yang dimaksud dengan:",
            f"1. {content.SPBE_DEFINITION}",
            *(f"{n + 2}. {text}" for n, text in enumerate(definitions)),
        ]
    )
    numbering.pasal(
        [
            f"{issuer.regulation} ini mengatur:",
            *(f"{LETTERS[n]}. {t.subject};" for n, (t, _h) in enumerate(OMNIBUS_CHAPTERS)),
        ]
    )
    for topic, heading in OMNIBUS_CHAPTERS:
        numbering.bab(heading)
        numbering.pasal([f"(1) {topic.subject} diselenggarakan oleh {{gov}} menurut Bab ini."])
        own = topic.indicator == spec.indicator
        for name, article in topic.articles.items():
            if name == REVIEW or (own and name not in spec.regulated):
                continue
            numbering.pasal(article.ayat)
    if REVIEW in spec.regulated:
        numbering.bab("PEMANTAUAN, EVALUASI DAN PELAPORAN")
        numbering.pasal(content.EVALUATION.ayat)
    return _ending(spec, lines, numbering)


def omnibus_topic(topic: Topic) -> Topic:
    """The topic of the comprehensive regulation checked against ``topic``'s indicator."""
    return Topic(**{**topic.__dict__, "title": OMNIBUS_TITLE, "style": "heldback_omnibus"})


def decree(spec: Spec) -> list[Paragraph]:
    """A decree (``tests.corpus.regulations.decree``) whose Lampiran lists the members in a
    table."""
    issuer = spec.issuer
    rows = (
        ("No", "Kedudukan dalam Tim", "Jabatan"),
        ("1", "Pengarah", issuer.head),
        ("2", "Ketua", "Sekretaris Daerah"),
        ("3", "Sekretaris", "Kepala {tik}"),
        ("4", "Anggota", "Kepala Badan Perencanaan Pembangunan Daerah"),
        ("5", "Anggota", "Inspektur Daerah"),
    )
    members = [Paragraph(f"SUSUNAN KEANGGOTAAN {spec.topic.subject.upper()}", "title")]
    members += [Paragraph("", "row", cells=cells) for cells in rows]
    return regulations.decree(spec, members=members)


def _marker(kind: str, index: int) -> str:
    if kind in ("-", "•"):
        return kind
    if kind == "(1)":
        return f"({index + 1})"
    value = LETTERS[index] if kind[0] == "a" else str(index + 1)
    return f"{value}{kind[-1]}"


BUILDERS: dict[str, Callable[[Spec], list[Paragraph]]] = {
    "heldback_regulation": regulation,
    "heldback_enumerated": enumerated,
    "heldback_omnibus": omnibus,
    "heldback_decree": decree,
    "heldback_implementation": evaluation_minutes,
}
