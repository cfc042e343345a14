"""Which documents the corpus holds, and the truth about each: the level it supports and the
elements it lacks, derived from what the document was written to regulate (not from reading
its text).

For every SPBE 2020 indicator 1–10: a regulation meeting level 4, one meeting level 3, one
meeting level 2 that regulates only part of the level-3 elements, and a draft (RANCANGAN);
for the Pemdi policy indicators: complete, partial and draft documents; and the awkward
cases: unrelated regulations, another agency's regulation, a circular and minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spbe.precheck.rules import IndicatorRules, indicator_rules
from tests.corpus import content_other as other
from tests.corpus import content_pemdi as pemdi
from tests.corpus.content_spbe_a import ARSITEKTUR, MANAJEMEN_DATA, PETA_RENCANA
from tests.corpus.content_spbe_b import (
    JARINGAN_INTRA,
    PEMBANGUNAN_APLIKASI,
    PENGHUBUNG_LAYANAN,
    PUSAT_DATA,
)
from tests.corpus.content_spbe_c import AUDIT_TIK, KEAMANAN_INFORMASI, TIM_KOORDINASI
from tests.corpus.issuers import ISSUERS, KKP, SIANTAR, SIMALUNGUN, SUMUT
from tests.corpus.model import Issuer, Spec, Topic

SPBE_TOPICS = (
    ARSITEKTUR,
    PETA_RENCANA,
    MANAJEMEN_DATA,
    PEMBANGUNAN_APLIKASI,
    PUSAT_DATA,
    JARINGAN_INTRA,
    PENGHUBUNG_LAYANAN,
    KEAMANAN_INFORMASI,
    AUDIT_TIK,
    TIM_KOORDINASI,
)
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
]


@dataclass(frozen=True)
class Truth:
    """What the check should answer for a document."""

    supported_level: int
    missing: tuple[str, ...]
    kind: str
    number: str | None
    year: int | None
    enacted: bool | None
    agency: str
    # The "wrong object" flag: the document is of another kind or subject than asked for.
    mismatch: bool = False


def rules_of(spec: Spec) -> IndicatorRules:
    """The rules the document is checked against."""
    rules = indicator_rules(spec.framework, spec.indicator)
    if rules is None:
        raise LookupError(f"no rules for {spec.framework} indicator {spec.indicator}")
    return rules


def regulated_for(rules: IndicatorRules, level: int) -> frozenset[str]:
    """Elements a document meeting ``level`` regulates: all of levels 2..level (half of an
    "any of" group), plus, as real documents do, part of the next level's elements (all but
    the last two, where it has three or more)."""
    names: set[str] = set()
    for rule in rules.levels[1:level]:
        for element in rule.elements:
            if element.any_of:
                names |= set(element.any_of[: max(1, len(element.any_of) // 2)])
            elif element.where != "subject":
                names.add(element.name)
    if level < len(rules.levels) and rules.levels[level].automatic:
        plain = [
            e.name for e in rules.levels[level].elements if e.wordings and e.where != "subject"
        ]
        if len(plain) >= 3:
            names |= set(plain[:-2])
    return frozenset(names)


def truth(spec: Spec) -> Truth:
    """The expected answer, from the specification alone."""
    rules = rules_of(spec)
    style = spec.style or spec.topic.style
    enacted = (
        None
        if style
        in (
            "minutes",
            "report",
            "implementation_report",
            "heldback_implementation",
            "practice_minutes",
        )
        else not spec.draft
    )
    rows: list[tuple[int, str, bool]] = []
    met: list[bool] = []
    for level in rules.levels:
        kind_ok = spec.kind in level.document_kinds
        level_rows = []
        if level.enacted:
            level_rows.append((level.level, rules.enacted_element, bool(enacted) and kind_ok))
        for element in level.elements:
            if element.where == "subject":
                found = spec.related
            elif element.any_of:
                found = any(name in spec.regulated for name in element.any_of)
            else:
                found = element.name in spec.regulated
            level_rows.append((level.level, element.name, found and spec.related))
        met.append(kind_ok and all(found for _l, _n, found in level_rows))
        rows.extend(level_rows)
    supported = 0
    for level, ok in zip(rules.levels, met, strict=True):
        if not (ok and level.automatic):
            break
        supported = level.level
    if spec.draft:
        supported = min(supported, 1)
    if spec.checked_as and spec.checked_as != spec.issuer.name:
        supported = 0
    shown = [row for row in rows if row[0] <= rules.highest_automatic_level]
    missing = tuple(dict.fromkeys(name for _l, name, found in shown if not found))
    numbered = style in (
        "regulation",
        "decree",
        "circular",
        "annex",
        "enumerated",
        "tabled",
        "omnibus",
        "annex_table",
        "heldback_regulation",
        "heldback_enumerated",
        "heldback_omnibus",
        "heldback_decree",
    )
    asks = rules.asks_for
    # A draft regulation still prints "NOMOR … TAHUN 2023"; a draft decree or SOP shows no year.
    year = None if spec.draft and style in ("decree", "sop") else spec.year
    return Truth(
        supported_level=supported,
        missing=missing,
        kind=spec.kind,
        number=spec.number if numbered and not spec.draft else None,
        year=year,
        enacted=enacted,
        agency=spec.issuer.region,
        mismatch=asks is not None and (not spec.related or spec.kind not in asks.kinds),
    )


def corpus_specs() -> list[Spec]:
    """Every document of the corpus, in a fixed order."""
    specs: list[Spec] = []
    for index, topic in enumerate(SPBE_TOPICS):
        rules = indicator_rules("spbe-2020", topic.indicator)
        assert rules is not None
        for offset, level in enumerate((4, 3, 2)):
            issuer = ISSUERS[(index + offset) % len(ISSUERS)]
            specs.append(_spec(topic, issuer, regulated_for(rules, level), f"l{level}", index))
        draft_issuer = ISSUERS[(index + 3) % len(ISSUERS)]
        specs.append(
            _spec(topic, draft_issuer, regulated_for(rules, 4), "rancangan", index, draft=True)
        )
    specs += _awkward_cases()
    specs += _pemdi_specs()
    specs += _drafting_forms()
    specs += _implementation_reports()
    specs += _practice_minutes()
    specs += _fourth_hand_reports()
    return specs


def _implementation_reports() -> list[Spec]:
    """Reports on the practice of indicators 13–31 (their levels 2–4): each at level 4 (every
    element stated), and at level 3 or 2 (part of the next level's elements, as
    ``regulated_for`` gives), by turns."""
    from tests.corpus.implementation import IMPLEMENTATION_TOPICS

    specs: list[Spec] = []
    for index, topic in enumerate(IMPLEMENTATION_TOPICS):
        rules = _rules("spbe-2020", topic.indicator)
        for offset, level in enumerate((4, 3 if index % 2 else 2)):
            issuer = ISSUERS[(index + offset) % len(ISSUERS)]
            specs.append(
                _spec(topic, issuer, regulated_for(rules, level), f"laporan-l{level}", 50 + index)
            )
    return specs


def _practice_minutes() -> list[Spec]:
    """Minutes on the practice of some of indicators 13–31 in a third phrasing
    (``tests.corpus.practice_minutes``): each at level 4, and at level 3 or 2 by turns."""
    from tests.corpus.practice_minutes import PRACTICE_MINUTES_TOPICS

    specs: list[Spec] = []
    for index, topic in enumerate(PRACTICE_MINUTES_TOPICS):
        rules = _rules("spbe-2020", topic.indicator)
        for offset, level in enumerate((4, 2 if index % 2 else 3)):
            issuer = ISSUERS[(index + offset + 1) % len(ISSUERS)]
            specs.append(
                _spec(topic, issuer, regulated_for(rules, level), f"notulensi-l{level}", 80 + index)
            )
    return specs


def _fourth_hand_reports() -> list[Spec]:
    """Reports on the practice of indicators 13–31 by a fourth hand
    (``tests.corpus.fourth_hand``, two per indicator): each at level 4, and at level 3 or 2 by
    turns. A report titled by a Pemda ("… KABUPATEN BANYUMAS TAHUN 2025") is issued by a Pemda
    of the cast, with that name taken out of its title (the check would rightly call it
    another agency's); any other is issued by the central agency of the cast, with a
    ministry's or agency's name ("… KEMENTERIAN KESEHATAN") taken out likewise."""
    from tests.corpus.fourth_hand import FOURTH_HAND_TOPICS

    pemda = [issuer for issuer in ISSUERS if issuer is not KKP]
    specs: list[Spec] = []
    for index, topic in enumerate(FOURTH_HAND_TOPICS):
        rules = _rules("spbe-2020", topic.indicator)
        lower = 3 if (index + index // 2) % 2 else 2
        title = _PEMDA_IN_TITLE.sub("", topic.title)
        regional = title != topic.title
        title = _CENTRAL_AGENCY_IN_TITLE.sub("", title)
        topic = replace(topic, title=title)
        for offset, level in enumerate((4, lower)):
            issuer = pemda[(index // 2 + offset) % len(pemda)] if regional else KKP
            variant = f"laporan{'b' if index % 2 else 'a'}-l{level}"
            specs.append(_spec(topic, issuer, regulated_for(rules, level), variant, 110 + index))
    return specs


_PEMDA_IN_TITLE = re.compile(r" (PEMERINTAH )?(KOTA|KABUPATEN|PROVINSI) [A-Z ]+?( TAHUN \d{4})?$")
_CENTRAL_AGENCY_IN_TITLE = re.compile(
    r" (KEMENTERIAN|BADAN|LEMBAGA|DIREKTORAT JENDERAL) [A-Z ]+?( TAHUN \d{4}| \d{4})?$"
)


def _drafting_forms() -> list[Spec]:
    """Issue 12 § 1: content as an enumeration (each marker kind) or a table, and a
    comprehensive regulation checked against five of its indicators."""
    specs: list[Spec] = []

    def content(indicator: int, without: tuple[str, ...] = ()) -> frozenset[str]:
        rules = _rules("spbe-2020", indicator)
        names = {e.name for e in rules.levels[2].elements if e.wordings}
        return frozenset(names - set(without))

    partial = ("Keamanan SPBE", "Audit TIK")
    for style in ("enumerated", "tabled"):
        for number, (topic, issuer, regulated, variant) in enumerate(
            [
                (PETA_RENCANA, SIANTAR, content(2), "l3"),
                (PETA_RENCANA, SIMALUNGUN, content(2, partial), "l2"),
                (ARSITEKTUR, SUMUT, content(1), "l3"),
            ]
        ):
            specs.append(
                _spec(
                    topic,
                    issuer,
                    regulated,
                    f"{style}-{variant}",
                    20 + number + (3 if style == "tabled" else 0),
                    style=style,
                )
            )
    # The other enumeration markers, an enumeration opened by a short first ayat "(1) …
    # memuat:" (which text PDFs read out of order before), and a table in a Lampiran.
    for topic, issuer, regulated, marker, seed in (
        (PETA_RENCANA, SIMALUNGUN, content(2), "(1)", 40),
        (ARSITEKTUR, SIANTAR, content(1), "a)", 41),
        (PETA_RENCANA, SUMUT, content(2, partial), "-", 42),
        (ARSITEKTUR, SIMALUNGUN, content(1), None, 45),
        (PETA_RENCANA, SIANTAR, content(2, partial), None, 46),
    ):
        variant = f"enumerated-{'l3' if regulated == content(topic.indicator) else 'l2'}"
        specs.append(
            _spec(
                topic,
                issuer,
                regulated,
                f"{variant}-marker{seed - 39}" if marker else f"{variant}-ayat",
                seed,
                style="enumerated",
                marker=marker,
                lead_in_ayat=marker is None,
            )
        )
    specs.append(
        _spec(ARSITEKTUR, SIMALUNGUN, content(1), "lampiran-tabel-l3", 43, style="annex_table")
    )
    specs.append(
        _spec(
            PETA_RENCANA, SIANTAR, content(2, partial), "lampiran-tabel-l2", 44, style="annex_table"
        )
    )
    from tests.corpus.drafting import OMNIBUS_TOPICS, omnibus_topic

    for number, topic in enumerate(OMNIBUS_TOPICS):
        rules = _rules("spbe-2020", topic.indicator)
        specs.append(
            _spec(
                omnibus_topic(topic),
                SIANTAR,
                regulated_for(rules, 4),
                "penyelenggaraan-l4",
                30,
                description="penyelenggaraan-l4",
            )
        )
        del number
    specs.append(
        _spec(
            omnibus_topic(PETA_RENCANA),
            SIMALUNGUN,
            regulated_for(_rules("spbe-2020", 2), 2) | content(2, partial),
            "penyelenggaraan-l2",
            31,
        )
    )
    return specs


def _spec(
    topic: Topic,
    issuer: Issuer,
    regulated: frozenset[str],
    variant: str,
    seed: int,
    **changes: object,
) -> Spec:
    year = 2021 + seed % 4
    number = str(3 + (seed * 7 + len(variant)) % 40)
    if (changes.get("style") or topic.style) in ("decree", "circular"):
        number = f"100.3.3.2/{110 + seed * 13 + len(variant)}/{year}"
    fields: dict[str, object] = {
        "slug": f"{topic.framework}-{topic.indicator:02d}-{variant}-{issuer.code}",
        "framework": topic.framework,
        "indicator": topic.indicator,
        "topic": topic,
        "issuer": issuer,
        "regulated": regulated,
        "number": number,
        "year": year,
        "date": f"{3 + seed % 25} {MONTHS[seed % len(MONTHS)]} {year}",
        "description": variant,
    }
    fields.update(changes)
    return Spec(**fields)  # type: ignore[arg-type]


def _awkward_cases() -> list[Spec]:
    full = regulated_for(_rules("spbe-2020", 1), 4)
    everything = frozenset(other.PARKIR.articles)
    return [
        _spec(
            other.PARKIR,
            SIANTAR,
            everything,
            "parkir",
            1,
            framework="spbe-2020",
            indicator=1,
            related=False,
            slug="spbe-2020-01-tidak-terkait-parkir-siantar",
        ),
        _spec(
            other.PARKIR,
            SIANTAR,
            everything,
            "parkir",
            2,
            framework="spbe-2020",
            indicator=5,
            related=False,
            slug="spbe-2020-05-tidak-terkait-parkir-siantar",
        ),
        _spec(
            other.PASAR,
            SIMALUNGUN,
            frozenset(other.PASAR.articles),
            "pasar",
            3,
            framework="spbe-2020",
            indicator=8,
            related=False,
            slug="spbe-2020-08-tidak-terkait-pasar-simalungun",
        ),
        _spec(
            ARSITEKTUR,
            SIMALUNGUN,
            full,
            "instansi-lain",
            5,
            checked_as=SIANTAR.name,
            slug="spbe-2020-01-instansi-lain-simalungun",
        ),
        _spec(
            JARINGAN_INTRA,
            SIANTAR,
            regulated_for(_rules("spbe-2020", 6), 3),
            "surat-edaran",
            6,
            style="circular",
        ),
        _spec(PETA_RENCANA, SIMALUNGUN, frozenset(), "notulen", 7, style="minutes"),
        _spec(ARSITEKTUR, KKP, regulated_for(_rules("spbe-2020", 1), 2), "l2b", 8),
        _spec(
            ARSITEKTUR,
            SIANTAR,
            regulated_for(_rules("spbe-2020", 1), 2),
            "lampiran",
            9,
            style="annex",
        ),
        _spec(
            PETA_RENCANA,
            SUMUT,
            regulated_for(_rules("spbe-2020", 2), 4),
            "lampiran",
            10,
            style="annex",
        ),
        _spec(KEAMANAN_INFORMASI, SIMALUNGUN, frozenset(), "laporan", 11, style="report"),
    ]


def _pemdi_specs() -> list[Spec]:
    specs: list[Spec] = []
    cases = (
        (pemdi.TIM_PEMDI, (SIANTAR, SUMUT), ()),
        (
            pemdi.PDP,
            (SIMALUNGUN, SIANTAR),
            ("Pemberitahuan pemrosesan Data Pribadi", "Pengelolaan risiko dan penilaian dampak"),
        ),
        (pemdi.TIM_AUDIT, (SUMUT, KKP), ("Profil risiko layanan digital",)),
        (pemdi.SOP_SLA, (SIANTAR, SIMALUNGUN), ("Pemantauan pemenuhan SLA",)),
    )
    for index, (topic, (first, second), dropped) in enumerate(cases, start=11):
        every = frozenset(topic.articles)
        specs.append(_spec(topic, first, every, "lengkap", index))
        if dropped:
            specs.append(_spec(topic, second, every - set(dropped), "sebagian", index))
        specs.append(_spec(topic, second, every, "rancangan", index, draft=True))
    return specs


def _rules(framework: str, indicator: int) -> IndicatorRules:
    rules = indicator_rules(framework, indicator)
    assert rules is not None
    return rules
