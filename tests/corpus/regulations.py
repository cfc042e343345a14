"""Regulations (Peraturan), decrees (Keputusan) and regulations whose substance is an annex,
in the form UU 12/2011 (Lampiran II) prescribes."""

from __future__ import annotations

from tests.corpus.forms import (
    DIKTUM,
    LETTERS,
    ORDINALS,
    ROMAN,
    Paragraph,
    closing,
    number_line,
    preamble,
    regulated_articles,
    title_block,
)
from tests.corpus.model import Spec


def regulation(spec: Spec) -> list[Paragraph]:
    """A regulation: definitions, purpose and scope (naming every element), then one article per
    regulated element, the closing provisions and the signature."""
    issuer, topic = spec.issuer, spec.topic
    lines = title_block(spec, f"PERATURAN {issuer.head_title}") + preamble(spec, issuer.regulation)
    chapter = 0
    article = 0

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
    place = "Kementerian" if issuer.head == "Menteri" else "Daerah"
    definitions = [
        f"{place} adalah {issuer.region}.",
        f"{issuer.head} adalah {issuer.head} {issuer.region.split(' ', 1)[-1]}.",
        *topic.definitions,
    ]
    numbered = [f"{n + 1}. {text}" for n, text in enumerate(definitions)]
    pasal([f"Dalam {issuer.regulation} ini yang dimaksud dengan:", *numbered])
    bab("MAKSUD, TUJUAN DAN RUANG LINGKUP")
    if topic.purpose:
        pasal([topic.purpose])
    listed = [f"{LETTERS[n]}. {item};" for n, item in enumerate(topic.scope)]
    pasal([f"Ruang lingkup {issuer.regulation} ini meliputi:", *listed])
    bab(topic.subject.upper())
    pasal(list(topic.opening))
    section = 0
    for _name, regulated in regulated_articles(spec):
        if regulated.heading:
            lines.append(Paragraph(f"Bagian {ORDINALS[section]}", "title"))
            lines.append(Paragraph(regulated.heading, "title"))
            section += 1
        pasal(regulated.ayat)
    bab("KETENTUAN PENUTUP")
    pasal(
        [
            f"{issuer.regulation} ini mulai berlaku pada tanggal diundangkan.",
            f"Agar setiap orang mengetahuinya, memerintahkan pengundangan {issuer.regulation} "
            f"ini dengan penempatannya dalam {issuer.gazette.title()}.",
        ]
    )
    return lines + closing(spec, promulgate=True)


def decree(spec: Spec, *, members: list[Paragraph] | None = None) -> list[Paragraph]:
    """A decree: one diktum per regulated element, the signature, and an annex listing the
    members (``members``: the annex's body, else one "Ketua : …" line per member)."""
    issuer, topic = spec.issuer, spec.topic
    enacting = f"Keputusan {issuer.head}"
    lines = title_block(spec, f"KEPUTUSAN {issuer.head_title}") + preamble(spec, enacting)
    texts = list(topic.opening) + [" ".join(a.ayat) for _n, a in regulated_articles(spec)]
    texts.append("Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    lines += [Paragraph(f"{DIKTUM[n]} : {text}", "body") for n, text in enumerate(texts)]
    lines += closing(spec, promulgate=False)
    lines += [
        Paragraph(f"LAMPIRAN KEPUTUSAN {issuer.head_title}", "body"),
        Paragraph(number_line(spec), "body"),
    ]
    lines += members or [
        Paragraph("SUSUNAN KEANGGOTAAN", "title"),
        Paragraph(f"Pengarah : {issuer.head}", "body"),
        Paragraph("Ketua : Sekretaris", "body"),
        Paragraph(f"Sekretaris : Kepala {issuer.tik}", "body"),
        Paragraph(f"Anggota : para Kepala {issuer.units}", "body"),
    ]
    return lines


def annexed(spec: Spec) -> list[Paragraph]:
    """A short regulation that puts its subject in a Lampiran, up to the Lampiran's title."""
    issuer, topic = spec.issuer, spec.topic
    lines = title_block(spec, f"PERATURAN {issuer.head_title}") + preamble(spec, issuer.regulation)
    lines += [
        Paragraph("Pasal 1", "title"),
        Paragraph(f"Dalam {issuer.regulation} ini yang dimaksud dengan:", "body"),
        *(Paragraph(f"{n + 1}. {text}", "item") for n, text in enumerate(topic.definitions)),
        Paragraph("Pasal 2", "title"),
        Paragraph(
            f"(1) {topic.subject} {issuer.region} tercantum dalam Lampiran yang merupakan "
            f"bagian tidak terpisahkan dari {issuer.regulation} ini.",
            "body",
        ),
        Paragraph("Pasal 3", "title"),
        Paragraph(f"{issuer.regulation} ini mulai berlaku pada tanggal diundangkan.", "body"),
    ]
    lines += closing(spec, promulgate=True)
    lines += [
        Paragraph(
            f"LAMPIRAN {issuer.regulation.upper()} {issuer.head_title.split(' ', 2)[-1]}", "body"
        ),
        Paragraph(f"TENTANG {topic.title}", "body"),
    ]
    return lines


def annex(spec: Spec) -> list[Paragraph]:
    """A short regulation whose substance is its annex, one chapter per element."""
    issuer, topic = spec.issuer, spec.topic
    lines = [
        *annexed(spec),
        Paragraph("BAB I", "title"),
        Paragraph("PENDAHULUAN", "title"),
        Paragraph(f"Dokumen ini disusun sebagai {topic.subject} {issuer.region}.", "body"),
    ]
    for index, (_name, article) in enumerate(regulated_articles(spec), start=1):
        lines.append(Paragraph(f"BAB {ROMAN[index]}", "title"))
        lines.append(Paragraph((article.heading or _name).upper(), "title"))
        lines += [Paragraph(text.split(") ", 1)[-1], "body") for text in article.ayat]
    return lines
