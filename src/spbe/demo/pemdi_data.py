"""What happened in the demo's Pemdi 2026 cycle: invented, and labelled so wherever it shows.

Pematangsiantar has published no Pemdi result, so every item verdict, note and index value
here is illustrative. The assessors' notes start with ``ILLUSTRATIVE`` so that a reader of the
indicator page, the comparison or the interview pack sees it on the verdict itself.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

ILLUSTRATIVE = "Ilustrasi (data demo): "


@dataclass(frozen=True)
class ItemPlan:
    """How far one indicator's items got.

    ``accepted``: the levels whose items the assessors accepted in the Penilaian Dokumen.
    ``next_level``: what became of the items of the level above: ``revisi`` (the assessors asked
    for more), ``diajukan`` (submitted, not yet judged), ``draf`` (never submitted) or ``belum``.
    ``worked_above``: the team also submitted the items of the level after that, which the rule
    then rejects automatically while the level below is not accepted.
    """

    claim: int
    accepted: int
    next_level: str
    worked_above: bool = False
    revision_note: str = ""


# Indicator → its plan. I5, I6 and I7 take their level from their external index instead.
ITEM_PLANS: dict[int, ItemPlan] = {
    1: ItemPlan(
        3, 2, "revisi", True, "SK Tim Koordinasi Pemdi belum memuat uraian tugas evaluasi."
    ),
    2: ItemPlan(2, 2, "belum"),
    3: ItemPlan(2, 1, "revisi", False, "Rencana pengembangan kompetensi SDM belum ditetapkan."),
    4: ItemPlan(2, 1, "diajukan"),
    8: ItemPlan(2, 1, "draf"),
    9: ItemPlan(2, 1, "revisi", True, "Laporan audit TIK tahun berjalan belum dilampirkan."),
    10: ItemPlan(3, 2, "diajukan"),
    11: ItemPlan(1, 1, "belum"),
    12: ItemPlan(2, 1, "diajukan"),
    13: ItemPlan(3, 3, "revisi", False, "Katalog aplikasi belum mencantumkan status pemutakhiran."),
    14: ItemPlan(3, 2, "diajukan"),
    15: ItemPlan(2, 1, "draf"),
    16: ItemPlan(2, 2, "belum"),
    17: ItemPlan(2, 1, "diajukan"),
    18: ItemPlan(2, 1, "belum"),
    19: ItemPlan(2, 2, "draf"),
    20: ItemPlan(1, 1, "belum"),
}

# The claimed level of the indicators valued by their index.
INDEX_CLAIMS = {5: 3, 6: 2, 7: 2}

# Indicator → (value, year measured, source); the other four stay to be entered.
EXTERNAL_VALUES: dict[int, tuple[str, int, str]] = {
    5: ("55.30", 2026, "Indeks Satu Data Indonesia 2026, Bappenas"),
    6: ("2.10", 2025, "Penilaian Simpul Jaringan IG 2025, BIG"),
    10: ("2.40", 2026, "Hasil IKASANDI 2026, BSSN"),
}

# The two sanggah answered at the interview, with the new evidence each brings.
OBJECTIONS: dict[str, tuple[str, str]] = {
    "I1": (
        "Uraian tugas evaluasi tercantum pada Diktum KEDUA SK Tim Koordinasi (hlm. 2); "
        "kami lampirkan salinan yang telah ditandatangani.",
        "SK Tim Koordinasi Pemdi (salinan bertanda tangan)",
    ),
    "I9": (
        "Laporan audit TIK 2026 telah selesai dan ditandatangani Inspektur; "
        "kami lampirkan laporannya.",
        "Laporan Audit TIK 2026",
    ),
}
# The item promised to come (akan disusulkan), and in how many days.
PROMISED = ("I3", 7)

# Indicator → (assessor's value, note, recommendation) for the indicators already judged.
ASSESSOR_RESULTS: dict[int, tuple[str, str, str]] = {
    1: (
        "2.17",
        "Tata kelola telah terbentuk; evaluasi berkala belum terbukti.",
        "Tetapkan jadwal dan laporan evaluasi berkala Tim Koordinasi Pemdi.",
    ),
    3: (
        "1.33",
        "Kebutuhan kompetensi telah dipetakan; rencana pengembangan belum ditetapkan.",
        "Tetapkan rencana pengembangan kompetensi SDM Pemdi melalui keputusan kepala daerah.",
    ),
    9: (
        "1.50",
        "Audit TIK internal berjalan; laporan tahun berjalan belum ada.",
        "Jadwalkan audit TIK tahunan dan lampirkan laporannya.",
    ),
    13: (
        "3.00",
        "Katalog aplikasi lengkap, pemutakhiran belum tercatat.",
        "Catat tanggal pemutakhiran setiap aplikasi pada katalog.",
    ),
}


@dataclass(frozen=True)
class CycleDays:
    """The stage windows, set around the day the demo is loaded, so that it always opens in
    the Penilaian Interviu with the Penilaian Dokumen finished."""

    today: datetime.date

    def _day(self, offset: int) -> datetime.date:
        return self.today + datetime.timedelta(days=offset)

    @property
    def self_assessment(self) -> tuple[datetime.date, datetime.date]:
        return self._day(-70), self._day(-36)

    @property
    def documents(self) -> tuple[datetime.date, datetime.date]:
        return self._day(-35), self._day(-6)

    @property
    def interview(self) -> tuple[datetime.date, datetime.date]:
        return self._day(-5), self._day(9)

    @property
    def self_assessment_day(self) -> datetime.date:
        return self._day(-60)

    @property
    def documents_issued(self) -> datetime.date:
        """When the evidence documents were signed: a month before they were uploaded."""
        return self._day(-90)

    @property
    def documents_day(self) -> datetime.date:
        return self._day(-20)
