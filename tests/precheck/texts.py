"""Small documents written out in full for the pre-check tests, page by page."""

from __future__ import annotations

SIANTAR = "WALI KOTA PEMATANGSIANTAR"
SIGNATURE = (
    "Ditetapkan di Pematangsiantar\n"
    "pada tanggal 14 Maret 2023\n"
    "{head},\n"
    "ttd\n"
    "HENDRA SIMANJUNTAK\n"
    "Diundangkan di Pematangsiantar\n"
    "pada tanggal 14 Maret 2023\n"
    "SEKRETARIS DAERAH KOTA PEMATANGSIANTAR,\n"
    "ttd\n"
    "JUNAIDI SITANGGANG\n"
    "BERITA DAERAH KOTA PEMATANGSIANTAR TAHUN 2023 NOMOR 12"
)
DRAFT_SIGNATURE = "Ditetapkan di Pematangsiantar\npada tanggal ....................\n{head},"


def regulation(
    title: str,
    articles: list[str],
    *,
    head: str = SIANTAR,
    kind: str = "PERATURAN",
    draft: bool = False,
    definitions: tuple[str, ...] = (),
    number: str = "NOMOR 12 TAHUN 2023",
    preamble: str = "bahwa perlu menetapkan peraturan ini",
) -> list[str]:
    """A regulation in two pages: title, preamble and definitions; then the articles, one
    ``Pasal`` per entry, and the closing (signed, or left blank in a draft)."""
    definitions = ("Daerah adalah Kota Pematangsiantar.", *definitions)
    first = "\n".join(
        [
            *(["RANCANGAN"] if draft else []),
            head,
            "PROVINSI SUMATERA UTARA",
            f"{kind} {head}",
            "NOMOR ... TAHUN 2023" if draft else number,
            "TENTANG",
            title.upper(),
            "DENGAN RAHMAT TUHAN YANG MAHA ESA",
            f"{head},",
            f"Menimbang : a. {preamble};",
            "Mengingat : 1. Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE;",
            "MEMUTUSKAN:",
            f"Menetapkan : {kind} WALI KOTA TENTANG {title.upper()}.",
            "BAB I",
            "KETENTUAN UMUM",
            "Pasal 1",
            "Dalam Peraturan Wali Kota ini yang dimaksud dengan:",
            *(f"{n}. {text}" for n, text in enumerate(definitions, start=1)),
        ]
    )
    body = ["BAB II", title.upper()]
    for number_, article in enumerate(articles, start=2):
        body += [f"Pasal {number_}", article]
    closing = (DRAFT_SIGNATURE if draft else SIGNATURE).format(head=head)
    return [first, "\n".join(body) + "\n" + closing]


def decree(title: str, diktum: list[str], *, head: str = SIANTAR, draft: bool = False) -> list[str]:
    """A decree (Keputusan) with diktum KESATU, KEDUA, … on one page."""
    labels = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN"]
    lines = [
        *(["RANCANGAN"] if draft else []),
        f"KEPUTUSAN {head}",
        "NOMOR ..." if draft else "NOMOR 100.3.3.2/245/2024",
        "TENTANG",
        title.upper(),
        f"{head},",
        "Menimbang : a. bahwa perlu dibentuk tim;",
        "MEMUTUSKAN:",
        f"Menetapkan : KEPUTUSAN WALI KOTA TENTANG {title.upper()}.",
        *(f"{labels[n]} : {text}" for n, text in enumerate(diktum)),
        (DRAFT_SIGNATURE if draft else SIGNATURE.split("\nDiundangkan")[0]).format(head=head),
    ]
    return ["\n".join(lines)]


def sop(title: str, sections: list[str], *, draft: bool = False) -> list[str]:
    """A standard operating procedure under a unit's letterhead."""
    lines = [
        *(["KONSEP"] if draft else []),
        "PEMERINTAH KOTA PEMATANGSIANTAR",
        "DINAS KOMUNIKASI DAN INFORMATIKA",
        title.upper(),
        "Tanggal efektif : 2 Mei 2024",
        *sections,
    ]
    if not draft:
        lines += [
            "Ditetapkan di Pematangsiantar",
            "pada tanggal 2 Mei 2024",
            "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,",
            "ttd",
            "RINA DAMANIK",
        ]
    return ["\n".join(lines)]
