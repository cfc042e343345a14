"""The drafting forms of issue 12 § 1, as corpus documents: a regulation whose content article
is an enumeration (with a marker of each kind, as Word list numbering in DOCX), one whose
content is a table, and a comprehensive "Penyelenggaraan SPBE" regulation with a chapter
per subject, checked against each of its indicators."""

from __future__ import annotations

from tests.corpus import regulations
from tests.corpus.content_spbe_a import ARSITEKTUR, MANAJEMEN_DATA, PETA_RENCANA
from tests.corpus.content_spbe_c import AUDIT_TIK, TIM_KOORDINASI
from tests.corpus.forms import (
    LETTERS,
    ROMAN,
    Paragraph,
    closing,
    preamble,
    regulated_articles,
    title_block,
)
from tests.corpus.model import Article, Spec, Topic

OMNIBUS_TITLE = "PENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK"
# The chapters of the comprehensive regulation, in order; each regulates all of its topic's
# elements but the periodic review, which the closing chapter regulates for all of them.
OMNIBUS_TOPICS: tuple[Topic, ...] = (
    ARSITEKTUR,
    PETA_RENCANA,
    MANAJEMEN_DATA,
    AUDIT_TIK,
    TIM_KOORDINASI,
)
REVIEW = "Reviu dan evaluasi kebijakan secara berkala"
# How each element of an enumerated or tabled content article is phrased.
ITEM_TEXT = {
    1: {
        "Referensi Arsitektur": "referensi arsitektur sebagai acuan seluruh domain",
        "Proses Bisnis": "arsitektur domain proses bisnis yang memetakan urusan pemerintahan",
        "Data dan Informasi": "arsitektur domain data dan informasi yang memuat data induk",
        "Infrastruktur SPBE": "arsitektur domain infrastruktur SPBE yang memuat pusat data",
        "Aplikasi SPBE": "arsitektur domain aplikasi SPBE yang memuat aplikasi umum dan khusus",
        "Keamanan SPBE": "arsitektur domain keamanan SPBE yang memuat standar keamanan",
        "Layanan SPBE": "arsitektur domain layanan SPBE yang memuat layanan publik",
    },
    2: {
        name: f"rencana {name} beserta program dan kegiatannya"
        for name in (
            "Tata Kelola SPBE",
            "Manajemen SPBE",
            "Layanan SPBE",
            "Infrastruktur SPBE",
            "Aplikasi SPBE",
            "Keamanan SPBE",
            "Audit TIK",
        )
    },
}
MARKERS = ("a.", "1.", "1)", "•")
# Further marker kinds, chosen explicitly (``Spec.marker``): "(1)", "a)" and a dash bullet.
MORE_MARKERS = ("(1)", "a)", "-")


def enumerated(spec: Spec) -> list[Paragraph]:
    """A regulation whose content article enumerates what the subject holds, one item per
    regulated element; the marker kind follows the document's number."""
    marker = spec.marker or MARKERS[int(spec.number or "0") % len(MARKERS)]
    items = _content(spec)
    paragraphs = [
        Paragraph(f"{text}{';' if n < len(items) - 1 else '.'}", "item", _marker(marker, n))
        for n, text in enumerate(items)
    ]
    if not spec.lead_in_ayat:
        lead = Paragraph(f"{spec.topic.subject} {spec.issuer.region} memuat:", "body")
        return _short_regulation(spec, [lead, *paragraphs])
    # The subject's opening article, then a short first ayat opening the enumeration, the way
    # many regulations draft it: in a text PDF its line is shorter than the centred "Pasal"
    # number above it.
    opening = [Paragraph(text, "body") for text in spec.topic.opening]
    lead = Paragraph(f"(1) {spec.topic.subject} memuat:", "body")
    after = Paragraph(
        f"(2) Rincian muatan sebagaimana dimaksud pada ayat (1) ditetapkan oleh {spec.issuer.head}.",
        "body",
    )
    content = [*opening, Paragraph("Pasal 3", "title"), lead, *paragraphs, after]
    return _short_regulation(spec, content, articles=2)


def tabled(spec: Spec) -> list[Paragraph]:
    """A regulation whose content article points to a table, one row per regulated element."""
    rows = [Paragraph("", "row", cells=("No", "Muatan", "Keterangan"))]
    rows += [
        Paragraph("", "row", cells=(str(n + 1), text.split(" yang ")[0], text))
        for n, text in enumerate(_content(spec))
    ]
    lead = Paragraph(
        f"{spec.topic.subject} {spec.issuer.region} memuat muatan dalam tabel berikut:", "body"
    )
    return _short_regulation(spec, [lead, *rows])


def annex_table(spec: Spec) -> list[Paragraph]:
    """A short regulation whose content is a table in its Lampiran, one row per regulated
    element (domains of the architecture, components of the plan)."""
    lines = regulations.annexed(spec)
    lines += [
        Paragraph(f"MUATAN {spec.topic.subject.upper()}", "title"),
        Paragraph("", "row", cells=("No", "Komponen", "Uraian")),
    ]
    lines += [
        Paragraph("", "row", cells=(str(n + 1), text.split(" yang ")[0], text))
        for n, text in enumerate(_content(spec))
    ]
    others = [
        (name, a) for name, a in regulated_articles(spec) if name not in ITEM_TEXT[spec.indicator]
    ]
    for _name, regulated in others:
        lines += [Paragraph(text.split(") ", 1)[-1], "body") for text in regulated.ayat]
    return lines


def omnibus(spec: Spec) -> list[Paragraph]:
    """A "Peraturan … tentang Penyelenggaraan SPBE": a BAB per subject. The chapter of the
    indicator checked regulates ``spec.regulated``, the others all their elements."""
    issuer = spec.issuer
    lines = title_block(spec, f"PERATURAN {issuer.head_title}")
    lines += preamble(spec, issuer.regulation)
    article = 0
    chapter = 0

    def bab(title: str) -> None:
        nonlocal chapter
        lines.extend([Paragraph(f"BAB {ROMAN[chapter]}", "title"), Paragraph(title, "title")])
        chapter += 1

    def pasal(ayat: tuple[str, ...] | list[str]) -> None:
        nonlocal article
        article += 1
        lines.append(Paragraph(f"Pasal {article}", "title"))
        lines.extend(Paragraph(text, "body") for text in ayat)

    bab("KETENTUAN UMUM")
    definitions = [d for topic in OMNIBUS_TOPICS for d in topic.definitions[:2]]
    pasal(
        [
            f"Dalam {issuer.regulation} ini yang dimaksud dengan:",
            *(f"{n + 1}. {text}" for n, text in enumerate(definitions)),
        ]
    )
    scope = [f"{LETTERS[n]}. {topic.subject};" for n, topic in enumerate(OMNIBUS_TOPICS)]
    pasal([f"Ruang lingkup {issuer.regulation} ini meliputi:", *scope])
    for topic in OMNIBUS_TOPICS:
        bab(topic.subject.upper())
        pasal(list(topic.opening))
        own = topic.indicator == spec.indicator
        for name, regulated in topic.articles.items():
            if name == REVIEW or (own and name not in spec.regulated):
                continue
            if name.startswith("Kebijakan sebelumnya"):
                continue
            pasal(regulated.ayat)
    if REVIEW in spec.regulated:
        bab("PEMANTAUAN DAN EVALUASI")
        pasal(
            [
                f"{issuer.head} melakukan reviu dan evaluasi terhadap pelaksanaan "
                f"{issuer.regulation} ini secara berkala paling sedikit 1 (satu) kali dalam "
                "1 (satu) tahun."
            ]
        )
    bab("KETENTUAN PENUTUP")
    pasal([f"{issuer.regulation} ini mulai berlaku pada tanggal diundangkan."])
    return lines + closing(spec, promulgate=True)


def omnibus_topic(topic: Topic) -> Topic:
    """The topic of a comprehensive regulation checked against ``topic``'s indicator."""
    return Topic(**{**topic.__dict__, "title": OMNIBUS_TITLE, "style": "omnibus"})


def _content(spec: Spec) -> list[str]:
    texts = ITEM_TEXT[spec.indicator]
    return [text for name, text in texts.items() if name in spec.regulated]


def _marker(kind: str, index: int) -> str:
    if kind in ("•", "-"):
        return kind
    if kind == "(1)":
        return f"({index + 1})"
    value = LETTERS[index] if kind in ("a.", "a)") else str(index + 1)
    return f"{value}{kind[-1]}"


def _short_regulation(spec: Spec, content: list[Paragraph], articles: int = 1) -> list[Paragraph]:
    """A regulation with a definitions article, ``content`` (``articles`` articles from Pasal
    2 on) and the articles of the other regulated elements."""
    issuer, topic = spec.issuer, spec.topic
    lines = title_block(spec, f"PERATURAN {issuer.head_title}") + preamble(spec, issuer.regulation)
    lines += [
        Paragraph("BAB I", "title"),
        Paragraph("KETENTUAN UMUM", "title"),
        Paragraph("Pasal 1", "title"),
        Paragraph(f"Dalam {issuer.regulation} ini yang dimaksud dengan:", "body"),
        *(Paragraph(f"{text}", "item", f"{n + 1}.") for n, text in enumerate(topic.definitions)),
        Paragraph("BAB II", "title"),
        Paragraph(topic.subject.upper(), "title"),
        Paragraph("Pasal 2", "title"),
        *content,
    ]
    others = [
        (name, a) for name, a in regulated_articles(spec) if name not in ITEM_TEXT[spec.indicator]
    ]
    for number, (_name, regulated) in enumerate(others, start=2 + articles):
        lines.append(Paragraph(f"Pasal {number}", "title"))
        lines.extend(Paragraph(text, "body") for text in regulated.ayat)
    lines += [
        Paragraph(f"Pasal {2 + articles + len(others)}", "title"),
        Paragraph(f"{issuer.regulation} ini mulai berlaku pada tanggal diundangkan.", "body"),
    ]
    return lines + closing(spec, promulgate=True)


__all__ = ["Article", "annex_table", "enumerated", "omnibus", "omnibus_topic", "tabled"]
