"""Circulars, minutes, SOPs and reports: the documents that are not regulations but are
uploaded as evidence all the same."""

from __future__ import annotations

from tests.corpus.forms import (
    LETTERS,
    Paragraph,
    closing,
    number_line,
    regulated_articles,
)
from tests.corpus.model import Spec


def circular(spec: Spec) -> list[Paragraph]:
    """A head of agency's circular (Surat Edaran): numbered instructions, signed."""
    issuer, topic = spec.issuer, spec.topic
    lines = [Paragraph(line, "title") for line in issuer.header_lines[:1]]
    lines += [
        Paragraph("SURAT EDARAN", "title"),
        Paragraph(number_line(spec), "title"),
        Paragraph("TENTANG", "title"),
        Paragraph(topic.title, "title"),
        Paragraph(f"Yth. Kepala {issuer.units} di lingkungan {issuer.region}", "body"),
        Paragraph(f"1. Latar belakang: {topic.considering}.", "body"),
        Paragraph("2. Isi edaran:", "body"),
    ]
    items = [text.split(") ", 1)[-1] for _n, a in regulated_articles(spec) for text in a.ayat]
    lines += [Paragraph(f"{LETTERS[n]}. {text}", "item") for n, text in enumerate(items)]
    lines.append(Paragraph("Demikian Surat Edaran ini untuk dilaksanakan.", "body"))
    return lines + closing(spec, promulgate=False)


def minutes(spec: Spec) -> list[Paragraph]:
    """Minutes (notulen) of a meeting on the draft: evidence of level 1 only."""
    issuer, topic = spec.issuer, spec.topic
    return [
        *(Paragraph(line, "title") for line in issuer.letterhead),
        Paragraph("NOTULEN RAPAT", "title"),
        Paragraph(
            f"PEMBAHASAN RANCANGAN {issuer.regulation.upper()} TENTANG {topic.title}", "title"
        ),
        Paragraph(f"Hari/Tanggal : Senin, {spec.date}", "body"),
        Paragraph(f"Tempat : Ruang Rapat {issuer.tik}", "body"),
        Paragraph(f"Pimpinan Rapat : Kepala {issuer.tik}", "body"),
        Paragraph(f"Peserta : perwakilan {issuer.units}", "body"),
        Paragraph("Pokok bahasan", "body"),
        Paragraph(
            f"1. Pimpinan rapat menyampaikan latar belakang penyusunan rancangan "
            f"{issuer.regulation} tentang {topic.subject}.",
            "item",
        ),
        Paragraph(f"2. Peserta membahas muatan rancangan, yaitu {', '.join(topic.scope)}.", "item"),
        Paragraph("3. Rancangan akan disampaikan kepada Bagian Hukum untuk harmonisasi.", "item"),
        Paragraph("Kesimpulan rapat: rancangan disepakati untuk diproses lebih lanjut.", "body"),
        Paragraph(f"{issuer.place}, {spec.date}", "sign"),
        Paragraph("Notulis,", "sign"),
        Paragraph("Rina Damanik", "sign"),
    ]


def sop(spec: Spec) -> list[Paragraph]:
    """A unit's SOP under its letterhead, signed by the head of the unit (or marked KONSEP)."""
    issuer, topic = spec.issuer, spec.topic
    lines = [Paragraph("KONSEP", "title")] if spec.draft else []
    lines += [Paragraph(line, "title") for line in issuer.letterhead]
    lines += [
        Paragraph(topic.title, "title"),
        Paragraph(f"Tanggal efektif : {spec.date}", "body"),
        Paragraph(f"Disahkan oleh : Kepala {issuer.tik}", "body"),
        Paragraph("A. Dasar Hukum", "body"),
        *(Paragraph(f"{n + 1}. {item}.", "item") for n, item in enumerate(topic.basis)),
        Paragraph("B. Ruang Lingkup", "body"),
        *(Paragraph(text, "item") for text in topic.opening),
    ]
    for index, (_name, article) in enumerate(regulated_articles(spec)):
        lines.append(Paragraph(f"{LETTERS[index + 2].upper()}. {article.heading}", "body"))
        lines += [Paragraph(text, "item") for text in article.ayat]
    signer = f"KEPALA {issuer.tik.upper()}"
    return lines + closing(spec, promulgate=False, signer_title=signer)


def report(spec: Spec) -> list[Paragraph]:
    """A unit's report on drafting the policy: evidence of level 1 only."""
    issuer, topic = spec.issuer, spec.topic
    return [
        *(Paragraph(line, "title") for line in issuer.letterhead),
        Paragraph(f"LAPORAN PENYUSUNAN {topic.title}", "title"),
        Paragraph(f"TAHUN {spec.year}", "title"),
        Paragraph("1. Pendahuluan", "body"),
        Paragraph(
            f"Laporan ini menguraikan kegiatan penyusunan rancangan {issuer.regulation} tentang "
            f"{topic.subject} yang dilaksanakan oleh {issuer.tik}.",
            "body",
        ),
        Paragraph("2. Hasil", "body"),
        Paragraph(f"Rancangan telah memuat {', '.join(topic.scope)}.", "body"),
        Paragraph("3. Tindak lanjut", "body"),
        Paragraph("Rancangan disampaikan kepada Bagian Hukum untuk harmonisasi.", "body"),
        Paragraph(f"{issuer.place}, {spec.date}", "sign"),
        Paragraph(f"Kepala {issuer.tik}", "sign"),
    ]
