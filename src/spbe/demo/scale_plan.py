"""What ``spbe demo --scale`` creates, drawn from a seed as plain data (no database).

Every synthetic agency is drawn from its own random stream (``seed`` and its number), so the
same seed gives the same agencies whatever else is in the database, and agency 7 is the same
whether 10 or 500 are made.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from spbe.demo import data

# The evaluation states in workflow order; the current evaluation of agency ``i`` is in
# ``STATES[(i + seed) % 6]``, so any six consecutive agencies cover every state.
STATES = (
    "persiapan",
    "penilaian_mandiri",
    "reviu",
    "dikirim",
    "hasil_eksternal",
    "selesai",
)
# The assessment states an indicator may be in while its evaluation is in a state.
ASSESSMENT_STATES = {
    "persiapan": ("belum_diisi",),
    "penilaian_mandiri": ("belum_diisi", "draf", "diajukan", "dikembalikan", "diverifikasi"),
    "reviu": ("diajukan", "dikembalikan", "diverifikasi"),
    "dikirim": ("diverifikasi",),
    "hasil_eksternal": ("diverifikasi",),
    "selesai": ("diverifikasi",),
}
KINDS = ("kota", "kabupaten", "provinsi")
PROVINCES = ("Sumatera Utara", "Jawa Barat", "Sulawesi Selatan", "Kalimantan Timur", "Papua")
DOCUMENTS = (
    ("sk", "Keputusan Tim Koordinasi SPBE"),
    ("sop", "SOP Layanan Aplikasi"),
    ("laporan", "Laporan Evaluasi Internal SPBE"),
)
INDICATORS = 47  # SPBE 2020, the framework every synthetic evaluation uses
LAST_YEAR = 2024
LINKS_PER_EVALUATION = 6
ACTIONS_PER_EVALUATION = 3


@dataclass(frozen=True)
class IndicatorPlan:
    number: int
    lead_unit: int  # index into data.UNITS
    state: str
    claimed: int | None
    verified: int | None
    external: int | None


@dataclass(frozen=True)
class EvaluationPlan:
    year: int
    state: str
    target: Decimal
    indicators: tuple[IndicatorPlan, ...]
    linked: tuple[tuple[int, int], ...]  # (indicator number, document index)
    actions: tuple[tuple[int, int, int, str], ...]  # (indicator, to level, unit, status)


@dataclass(frozen=True)
class AgencyPlan:
    number: int
    name: str
    slug: str
    kind: str
    province: str
    evaluations: tuple[EvaluationPlan, ...]


def agency_plan(seed: int, number: int) -> AgencyPlan:
    """Synthetic agency ``number`` (from 1) of ``seed``: 1–5 yearly evaluations up to 2024,
    the earlier ones finished, the last one in the state its number gives it."""
    rng = random.Random(f"spbe-scale:{seed}:{number}")
    kind = rng.choice(KINDS)
    label = {"kota": "Kota", "kabupaten": "Kabupaten", "provinsi": "Provinsi"}[kind]
    count = rng.randint(1, 5)
    maturity = rng.randint(1, 4)
    years = range(LAST_YEAR - count + 1, LAST_YEAR + 1)
    current = STATES[(number + seed) % len(STATES)]
    evaluations = tuple(
        _evaluation(rng, year, current if year == LAST_YEAR else "selesai", maturity)
        for year in years
    )
    return AgencyPlan(
        number=number,
        name=f"{label} Sintetis {seed}-{number:04d}",
        slug=f"sintetis-{seed}-{number:04d}",
        kind=kind,
        province=rng.choice(PROVINCES),
        evaluations=evaluations,
    )


def _evaluation(rng: random.Random, year: int, state: str, maturity: int) -> EvaluationPlan:
    indicators = tuple(
        _indicator(rng, number, state, maturity) for number in range(1, INDICATORS + 1)
    )
    claimed = [plan.number for plan in indicators if plan.claimed is not None]
    linked = tuple(
        (number, rng.randrange(len(DOCUMENTS)))
        for number in sorted(rng.sample(claimed, min(LINKS_PER_EVALUATION, len(claimed))))
    )
    actions = tuple(
        (plan.number, plan.claimed + 1, rng.randrange(len(data.UNITS)), rng.choice(_STATUSES))
        for plan in rng.sample(indicators, ACTIONS_PER_EVALUATION)
        if state != "persiapan" and plan.claimed is not None and plan.claimed < 5
    )
    return EvaluationPlan(
        year=year,
        state=state,
        target=Decimal(rng.choice(("2.60", "3.00", "3.50", "4.00"))),
        indicators=indicators,
        linked=linked,
        actions=actions,
    )


_STATUSES = ("direncanakan", "berjalan", "selesai")


def _indicator(rng: random.Random, number: int, state: str, maturity: int) -> IndicatorPlan:
    level = max(1, min(5, maturity + rng.choice((-1, 0, 0, 1))))
    assessment_state = rng.choice(ASSESSMENT_STATES[state])
    claimed = None if assessment_state == "belum_diisi" else min(5, level + rng.choice((0, 0, 1)))
    verified = level if assessment_state == "diverifikasi" else None
    external = level if state in ("hasil_eksternal", "selesai") else None
    return IndicatorPlan(
        number=number,
        lead_unit=rng.randrange(len(data.UNITS)),
        state=assessment_state,
        claimed=claimed,
        verified=verified,
        external=external,
    )
