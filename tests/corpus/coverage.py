"""Documents for the rules of issue 12 § 3 (coverage): an Arsitektur SPBE document and a Peta
Rencana SPBE document as agencies write them (chapters per domain or per plan, an
introduction that lists every domain: a trap), and a report on an internal audit. Each
builder returns paragraphs for ``tests.corpus.render`` and says what is true of it."""

from __future__ import annotations

from dataclasses import dataclass

from tests.corpus.forms import Paragraph

DOMAINS = {
    "Proses Bisnis": "Arsitektur Domain Proses Bisnis memetakan urusan pemerintahan kota.",
    "Data dan Informasi": "Arsitektur Domain Data dan Informasi memuat data induk dan referensi.",
    "Infrastruktur SPBE": "Arsitektur Domain Infrastruktur SPBE memuat pusat data dan jaringan.",
    "Aplikasi SPBE": "Arsitektur Domain Aplikasi SPBE memuat aplikasi umum dan khusus.",
    "Keamanan SPBE": "Arsitektur Domain Keamanan SPBE memuat standar keamanan informasi.",
    "Layanan SPBE": "Arsitektur Domain Layanan SPBE memuat layanan administrasi dan publik.",
}
PLANS = (
    "Tata Kelola SPBE",
    "Manajemen SPBE",
    "Layanan SPBE",
    "Infrastruktur SPBE",
    "Aplikasi SPBE",
    "Keamanan SPBE",
    "Audit TIK",
)
CITY = "Kota Pematangsiantar"
AGENCY = "Pemerintah Kota Pematangsiantar"


@dataclass(frozen=True)
class Made:
    """A document's paragraphs and what the check should find in it."""

    slug: str
    paragraphs: list[Paragraph]
    found: frozenset[str]


def _cover(title: str, period: str) -> list[Paragraph]:
    return [
        Paragraph(title, "title"),
        Paragraph(f"PEMERINTAH {CITY.upper()}", "title"),
        Paragraph(f"TAHUN {period}", "title"),
        Paragraph("Dinas Komunikasi dan Informatika", "center"),
    ]


def architecture(domains: tuple[str, ...]) -> Made:
    """A Dokumen Arsitektur SPBE whose chapters describe ``domains`` (and its reference
    architecture); the introduction names all six domains in one sentence."""
    lines = _cover("DOKUMEN ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", "2023-2027")
    lines += [
        Paragraph("BAB I", "title"),
        Paragraph("PENDAHULUAN", "title"),
        Paragraph(
            "Dokumen ini disusun sebagai pedoman integrasi proses bisnis, data dan informasi, "
            "infrastruktur SPBE, aplikasi SPBE, keamanan SPBE dan layanan SPBE.",
            "body",
        ),
        Paragraph("BAB II", "title"),
        Paragraph("REFERENSI ARSITEKTUR", "title"),
        Paragraph(
            "Referensi Arsitektur menjadi acuan penyusunan setiap domain arsitektur.", "body"
        ),
    ]
    for n, name in enumerate(domains):
        lines += [
            Paragraph(f"BAB {('III', 'IV', 'V', 'VI', 'VII', 'VIII')[n]}", "title"),
            Paragraph(DOMAINS[name].split(" memuat")[0].upper(), "title"),
            Paragraph(DOMAINS[name], "body"),
        ]
    lines.append(Paragraph(f"Pematangsiantar, 14 Maret 2023 Kepala Dinas, {CITY}", "body"))
    found = {"Dokumen Arsitektur SPBE", "Referensi Arsitektur", *domains}
    if domains:
        found.add("Sebagian domain Arsitektur SPBE")
    return Made(f"arsitektur-{len(domains)}", lines, frozenset(found))


def roadmap(plans: tuple[str, ...], name: str = "Peta Rencana SPBE") -> Made:
    """A Dokumen Peta Rencana SPBE (or whatever ``name`` the agency gives it) with one
    chapter per plan in ``plans``."""
    lines = _cover(f"DOKUMEN {name.upper()}", "2023-2027")
    lines += [
        Paragraph("BAB I", "title"),
        Paragraph("PENDAHULUAN", "title"),
        Paragraph(f"{name} {CITY} disusun untuk lima tahun.", "body"),
    ]
    for n, name in enumerate(plans):
        lines += [
            Paragraph(f"BAB {('II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII')[n]}", "title"),
            Paragraph(f"RENCANA {name.upper()}", "title"),
            Paragraph(f"Rencana {name} memuat program dan kegiatan setiap tahun.", "body"),
        ]
    found = {"Dokumen Peta Rencana SPBE", *plans}
    if plans:
        found.add("Sebagian muatan Peta Rencana SPBE")
    return Made(f"peta-rencana-{len(plans)}", lines, frozenset(found))


def audit_report() -> Made:
    """A report of an internal security audit (Pemdi item I9-L2-01) with findings and
    recommendations."""
    lines = [
        Paragraph("LAPORAN HASIL AUDIT INTERNAL", "title"),
        Paragraph("KEAMANAN PEMERINTAH DIGITAL DAN TEKNOLOGI PEMERINTAH DIGITAL", "title"),
        Paragraph(f"PEMERINTAH {CITY.upper()} TAHUN 2026", "title"),
        Paragraph("Ringkasan", "body"),
        Paragraph("Audit dilaksanakan pada tiga layanan digital prioritas.", "body"),
        Paragraph("Temuan audit pertama: kata sandi bawaan masih digunakan.", "body"),
        Paragraph("Rekomendasi: kata sandi bawaan diganti dalam 30 hari.", "body"),
        Paragraph("Pematangsiantar, 2 Maret 2026", "body"),
    ]
    return Made("laporan-audit-internal", lines, frozenset({"Temuan audit", "Rekomendasi"}))
