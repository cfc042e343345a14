"""The Kota Pematangsiantar demo: its units, who leads which indicator, its published results."""

from __future__ import annotations

from decimal import Decimal

AGENCY = {
    "name": "Kota Pematangsiantar",
    "slug": "pematangsiantar",
    "kind": "kota",
    "province": "Sumatera Utara",
}

PASSWORD = "siantar-demo"

# (slug, short name, full name)
UNITS = [
    ("kominfo", "Dinas Kominfo", "Dinas Komunikasi dan Informatika"),
    ("bappeda", "Bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("bpkpd", "BPKPD", "Badan Pengelolaan Keuangan dan Pendapatan Daerah"),
    ("bkpsdm", "BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    ("inspektorat", "Inspektorat", "Inspektorat Kota"),
    ("hukum", "Bagian Hukum", "Bagian Hukum Sekretariat Daerah"),
    ("organisasi", "Bagian Organisasi", "Bagian Organisasi Sekretariat Daerah"),
    ("pbj", "Bagian PBJ", "Bagian Pengadaan Barang dan Jasa Sekretariat Daerah"),
    ("disdukcapil", "Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("dpmptsp", "DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    ("dinkes", "Dinas Kesehatan", "Dinas Kesehatan"),
    ("disdik", "Dinas Pendidikan", "Dinas Pendidikan"),
    ("arsip", "Dinas Perpustakaan dan Kearsipan", "Dinas Perpustakaan dan Kearsipan"),
    ("rsud", "RSUD dr. Djasamen Saragih", "Rumah Sakit Umum Daerah dr. Djasamen Saragih"),
    ("bagian-umum", "Bagian Umum", "Bagian Umum Sekretariat Daerah"),
]

# SPBE 2020 indicator → (lead unit, supporting units).
SPBE_2020_LEADS: dict[int, tuple[str, tuple[str, ...]]] = {
    **{n: ("hukum", ("kominfo",)) for n in range(1, 10)},
    10: ("organisasi", ("hukum", "kominfo")),
    11: ("bappeda", ("kominfo",)),
    12: ("bappeda", ("kominfo",)),
    13: ("bpkpd", ("bappeda",)),
    14: ("organisasi", ("bappeda",)),
    **{n: ("kominfo", ()) for n in (15, 16, 17, 18, 20, 22, 23, 26, 28)},
    19: ("organisasi", ("kominfo",)),
    21: ("inspektorat", ("bappeda",)),
    24: ("bpkpd", ("kominfo",)),
    25: ("bkpsdm", ()),
    27: ("organisasi", ()),
    29: ("inspektorat", ("kominfo",)),
    30: ("inspektorat", ("kominfo",)),
    31: ("inspektorat", ("kominfo",)),
    32: ("bappeda", ()),
    33: ("bpkpd", ("bappeda",)),
    34: ("bpkpd", ()),
    35: ("pbj", ()),
    36: ("bkpsdm", ()),
    37: ("arsip", ()),
    38: ("bpkpd", ("bagian-umum",)),
    39: ("inspektorat", ()),
    40: ("organisasi", ()),
    41: ("bkpsdm", ()),
    42: ("kominfo", ("organisasi",)),
    43: ("kominfo", ()),
    44: ("hukum", ()),
    45: ("disdukcapil", ()),
    46: ("dpmptsp", ()),
    47: ("dinkes", ("rsud",)),
}

PEMDI_2026_LEADS: dict[int, tuple[str, tuple[str, ...]]] = {
    1: ("bappeda", ("kominfo",)),
    2: ("kominfo", ()),
    3: ("bkpsdm", ("kominfo",)),
    4: ("kominfo", ("bappeda",)),
    5: ("kominfo", ("bappeda",)),
    6: ("bappeda", ()),
    7: ("kominfo", ("bappeda",)),
    8: ("kominfo", ("hukum",)),
    9: ("inspektorat", ("kominfo",)),
    10: ("kominfo", ()),
    11: ("kominfo", ()),
    12: ("kominfo", ()),
    13: ("kominfo", ()),
    14: ("kominfo", ()),
    15: ("organisasi", ("kominfo",)),
    16: ("kominfo", ()),
    17: ("kominfo", ("dpmptsp",)),
    18: ("kominfo", ("disdukcapil",)),
    19: ("kominfo", ("dpmptsp",)),
    20: ("organisasi", ("dpmptsp", "disdukcapil")),
}

# Published results. Only the totals are published; see demo/history.py for the levels.
TOPMETRO = (
    "topmetro.news, 'Indeks SPBE Kota Pematang Siantar 2,35, di atas rata-rata indeks SPBE "
    "nasional' (https://topmetro.news/173512/)"
)
PUBLISHED = [
    {
        "year": 2021,
        "index": Decimal("1.53"),
        "domains": None,
        "target": Decimal("1.80"),
        "source": TOPMETRO,
    },
    {
        "year": 2022,
        "index": Decimal("2.35"),
        "domains": None,
        "target": Decimal("2.60"),
        "source": TOPMETRO,
    },
    {
        "year": 2023,
        "index": Decimal("2.84"),
        "domains": (Decimal("3.30"), Decimal("2.50"), Decimal("1.00"), Decimal("3.56")),
        "target": Decimal("2.60"),
        "source": "KemenPANRB, Laporan Evaluasi SPBE 2023",
    },
    {
        "year": 2024,
        "index": Decimal("3.06"),
        "domains": (Decimal("3.50"), Decimal("2.70"), Decimal("1.36"), Decimal("3.74")),
        "target": Decimal("3.00"),
        "source": "KemenPANRB, Laporan Pelaksanaan Evaluasi SPBE 2024",
    },
]
