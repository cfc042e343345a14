"""The held-back part of the corpus (issue 12 § 4): documents the rules are never tuned on.

Other agencies, another seed for numbers and dates, texts written afresh
(``tests.corpus.heldback.content``) and other forms (``…heldback.documents``). Its truth comes
from the same place as the tuned part's (``tests.corpus.plan.truth``: what each document was
written to regulate). ``bench/precheck_accuracy.py`` reports on it separately; no test asserts
on it, and neither the rules nor these texts are changed to make the two agree.

    uv run python -m tests.corpus OUTDIR --part heldback
"""

from __future__ import annotations

import random
from collections.abc import Callable

from spbe.precheck.rules import IndicatorRules, indicator_rules
from tests.corpus.heldback import content
from tests.corpus.heldback.blind import BLIND_IMPLEMENTATION
from tests.corpus.heldback.blind2 import BLIND2_IMPLEMENTATION
from tests.corpus.heldback.documents import OMNIBUS_CHAPTERS, omnibus_topic
from tests.corpus.heldback.implementation import HELD_BACK_IMPLEMENTATION
from tests.corpus.model import Issuer, Spec, Topic
from tests.corpus.plan import MONTHS, regulated_for

SEED = 20270301

MEDAN = Issuer(
    code="medan",
    name="Pemerintah Kota Medan",
    region="Kota Medan",
    head="Wali Kota",
    head_title="WALI KOTA MEDAN",
    regulation="Peraturan Wali Kota",
    kind="perwali",
    place="Medan",
    signer="RIZKY NASUTION",
    secretary_title="SEKRETARIS DAERAH KOTA MEDAN",
    secretary="WIRIYA ALRAHMAN",
    gazette="BERITA DAERAH KOTA MEDAN",
    letterhead=("PEMERINTAH KOTA MEDAN", "DINAS KOMUNIKASI DAN INFORMATIKA"),
    header_lines=("WALI KOTA MEDAN", "PROVINSI SUMATERA UTARA"),
)
DELI_SERDANG = Issuer(
    code="deliserdang",
    name="Pemerintah Kabupaten Deli Serdang",
    region="Kabupaten Deli Serdang",
    head="Bupati",
    head_title="BUPATI DELI SERDANG",
    regulation="Peraturan Bupati",
    kind="perbup",
    place="Lubuk Pakam",
    signer="ASHARI TAMBUNAN",
    secretary_title="SEKRETARIS DAERAH KABUPATEN DELI SERDANG",
    secretary="BUDI GINTING",
    gazette="BERITA DAERAH KABUPATEN DELI SERDANG",
    letterhead=("PEMERINTAH KABUPATEN DELI SERDANG", "DINAS KOMUNIKASI DAN INFORMATIKA"),
    header_lines=("BUPATI DELI SERDANG",),
    tik="Dinas Komunikasi, Informatika dan Statistik",
)
ACEH = Issuer(
    code="aceh",
    name="Pemerintah Aceh",
    region="Provinsi Aceh",
    head="Gubernur",
    head_title="GUBERNUR ACEH",
    regulation="Peraturan Gubernur",
    kind="pergub",
    place="Banda Aceh",
    signer="TEUKU MUHAMMAD YUSUF",
    secretary_title="SEKRETARIS DAERAH ACEH",
    secretary="CUT NYAK RAHMAH",
    gazette="BERITA DAERAH ACEH",
    letterhead=("PEMERINTAH ACEH", "DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN"),
    header_lines=("GUBERNUR ACEH",),
    gov="Pemerintah Aceh",
    units="Satuan Kerja Perangkat Aceh",
)


def heldback_specs() -> list[Spec]:
    """Every document of the held-back part, in a fixed order."""
    rng = random.Random(SEED)
    specs: list[Spec] = []

    def add(
        topic: Topic, issuer: Issuer, regulated: frozenset[str], variant: str, **changes: object
    ) -> None:
        specs.append(_spec(rng, topic, issuer, regulated, variant, **changes))

    arsitektur, peta, pusat = _rules(1), _rules(2), _rules(5)
    audit, tim = _rules(9), _rules(10)
    add(content.ARSITEKTUR, MEDAN, regulated_for(arsitektur, 4), "l4")
    add(content.ARSITEKTUR, ACEH, regulated_for(arsitektur, 2), "l2")
    add(content.ARSITEKTUR, DELI_SERDANG, regulated_for(arsitektur, 4), "rancangan", draft=True)
    add(
        content.ARSITEKTUR,
        DELI_SERDANG,
        regulated_for(arsitektur, 3),
        "enumerasi-l3",
        style="heldback_enumerated",
        marker="1)",
    )
    add(content.PETA_RENCANA, DELI_SERDANG, regulated_for(peta, 4), "l4", marker="-")
    add(content.PETA_RENCANA, MEDAN, regulated_for(peta, 2), "l2", marker="1.")
    add(content.PETA_RENCANA, ACEH, regulated_for(peta, 3), "l3", marker="a.")
    add(content.PUSAT_DATA, ACEH, regulated_for(pusat, 4), "l4")
    add(content.PUSAT_DATA, MEDAN, regulated_for(pusat, 2), "l2")
    add(content.AUDIT_TIK, MEDAN, regulated_for(audit, 3), "l3", marker="a)")
    add(content.AUDIT_TIK, DELI_SERDANG, regulated_for(audit, 4), "l4", marker="1.")
    add(content.TIM_KOORDINASI, DELI_SERDANG, regulated_for(tim, 4), "l4")
    add(content.TIM_KOORDINASI, ACEH, regulated_for(tim, 3), "l3")
    # The wrong object: an SK of the assessor team returned for the coordination team.
    add(content.TIM_ASESOR, MEDAN, frozenset({"Tugas"}), "tim-asesor", related=False)
    # The wrong object for Pemdi 9: the same SK where the audit team's was due.
    add(
        content.TIM_ASESOR,
        DELI_SERDANG,
        frozenset({"Tugas"}),
        "tim-asesor-pemdi",
        framework="pemdi-2026",
        indicator=9,
        related=False,
    )
    add(content.TIM_AUDIT, MEDAN, frozenset(content.TIM_AUDIT.articles), "lengkap")
    # Another agency's regulation, named to the check as Kota Medan's.
    add(
        content.PUSAT_DATA,
        DELI_SERDANG,
        regulated_for(pusat, 4),
        "instansi-lain",
        checked_as=MEDAN.name,
    )
    for topic, _heading in OMNIBUS_CHAPTERS:
        add(omnibus_topic(topic), DELI_SERDANG, regulated_for(_rules(topic.indicator), 4), "tk-l4")
    add(omnibus_topic(content.ARSITEKTUR), ACEH, regulated_for(arsitektur, 2), "tk-l2")
    # Minutes on the practice of some of indicators 13–31 (their levels 2–4).
    issuers = (MEDAN, DELI_SERDANG, ACEH)
    _minutes_at_two_levels(add, HELD_BACK_IMPLEMENTATION, issuers, "notulen", odd_lower=2)
    # Blind minutes on the same indicators, written without seeing the rules; the issuers in
    # reverse order so the agencies differ from the minutes above.
    _minutes_at_two_levels(add, BLIND_IMPLEMENTATION, issuers[::-1], "notulen-blind", odd_lower=2)
    # The second blind set, by a third hand, measured before the rules were widened on other
    # texts; the issuers rotated once more.
    _minutes_at_two_levels(
        add, BLIND2_IMPLEMENTATION, (DELI_SERDANG, ACEH, MEDAN), "notulen-blind2", odd_lower=3
    )
    return specs


def _minutes_at_two_levels(
    add: Callable[..., None],
    topics: tuple[Topic, ...],
    issuers: tuple[Issuer, Issuer, Issuer],
    variant: str,
    *,
    odd_lower: int,
) -> None:
    """Each topic's minutes at level 4, and again at level 3 or 2 by turns (``odd_lower`` for
    the odd topics), each time by another of the three issuers."""
    even_lower = 5 - odd_lower
    for index, topic in enumerate(topics):
        rules = _rules(topic.indicator)
        add(topic, issuers[index % 3], regulated_for(rules, 4), f"{variant}-l4")
        lower = odd_lower if index % 2 else even_lower
        add(topic, issuers[(index + 1) % 3], regulated_for(rules, lower), f"{variant}-l{lower}")


def _spec(
    rng: random.Random,
    topic: Topic,
    issuer: Issuer,
    regulated: frozenset[str],
    variant: str,
    **changes: object,
) -> Spec:
    year = rng.choice((2022, 2023, 2024, 2025))
    number = str(rng.randrange(2, 60))
    framework = str(changes.get("framework", topic.framework))
    indicator = int(str(changes.get("indicator", topic.indicator)))
    if (changes.get("style") or topic.style) == "heldback_decree":
        number = f"000.8.3/{rng.randrange(100, 2000)}/{year}"
    fields: dict[str, object] = {
        "slug": f"heldback-{framework}-{indicator:02d}-{variant}-{issuer.code}",
        "framework": framework,
        "indicator": indicator,
        "topic": topic,
        "issuer": issuer,
        "regulated": regulated,
        "number": number,
        "year": year,
        "date": f"{rng.randrange(1, 29)} {rng.choice(MONTHS)} {year}",
        "description": variant,
    }
    fields.update(changes)
    return Spec(**fields)  # type: ignore[arg-type]


def _rules(indicator: int) -> IndicatorRules:
    rules = indicator_rules("spbe-2020", indicator)
    assert rules is not None
    return rules
