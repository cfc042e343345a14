"""Matching agency names as published to the agencies the platform knows.

Reports and news spell one agency many ways: "Pemerintah Kota Pematang Siantar",
"Pemkot Pematangsiantar", "Kota Pematangsiantar". :func:`normalise_name` reduces a name to its
kind (kota, kabupaten, provinsi, or unknown) and a compact core ("pematangsiantar");
:class:`Matcher` scores the candidates of the same kind with rapidfuzz and says how certain the
best ones are. The kind is never guessed across: "Kota Bekasi" is not "Kabupaten Bekasi",
whatever the score, and a name without a kind never matches a regional government with
certainty.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process

from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.provinces import canonical_province

# Title words that say only "the government of"; they carry no kind.
_GOVERNMENT = re.compile(r"^(pemerintah(\s+daerah)?|pemda)\s+")
_ABBREVIATED = {"pemkot": Kind.KOTA, "pemkab": Kind.KABUPATEN, "pemprov": Kind.PROVINSI}
_ABBREVIATION = re.compile(r"^(pemkot|pemkab|pemprov)\b\.?\s*")
# A kind word must stand alone: "Kota Baru" is a kota, "Kotabaru" is a kabupaten's name.
_KIND_WORD = (
    (re.compile(r"^kota\s+(administrasi\s+)?(?=\S)"), Kind.KOTA),
    (re.compile(r"^(kabupaten|kab)\b\.?\s*(?=\S)"), Kind.KABUPATEN),
    (re.compile(r"^(provinsi|prov)\b\.?\s*(?=\S)"), Kind.PROVINSI),
)
_PARENTHESIS = re.compile(r"\([^)]*\)")
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")
# Phrases written out in one source and abbreviated in another, in their short form.
_PHRASES = (
    (re.compile(r"\bdaerah istimewa\b"), "di"),
    (re.compile(r"\bdaerah khusus( ibu ?kota)?\b"), "dki"),
    (re.compile(r"\brepublik indonesia\b"), "ri"),
    (re.compile(r"\bkep\b"), "kepulauan"),
    (re.compile(r"\bd i\b"), "di"),
)
# Words that tell neighbouring regions apart ("Aceh Barat" and "Aceh Barat Daya").
_DIRECTIONS = frozenset(
    {"utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya", "laut", "hulu", "hilir"}
)

PROBABLE_SCORE = 90.0
PROBABLE_MARGIN = 5.0
CANDIDATE_CUTOFF = 60.0


@dataclass(frozen=True, slots=True)
class AgencyName:
    """A name reduced for comparison; ``kind`` is ``None`` when the name does not say it."""

    kind: Kind | None
    words: tuple[str, ...]

    @property
    def compact(self) -> str:
        """The core without spaces: "Pematang Siantar" and "Pematangsiantar" are one."""
        return "".join(self.words)

    @property
    def directions(self) -> frozenset[str]:
        return _DIRECTIONS.intersection(self.words)

    def key(self, kind: Kind) -> str:
        """The stable key of the agency of this name, given its kind."""
        return f"{kind}:{self.compact}"


def normalise_name(name: str, kind: Kind | None = None) -> AgencyName:
    """Reduce a printed agency name to its kind and core words.

    Case, accents, punctuation, text in parentheses (acronyms, editorial notes), the title
    "Pemerintah (Daerah)" and the kind word ("Kota", "Kab.", "Kabupaten", "Provinsi",
    "Pemkot", "Pemkab", "Pemprov") are removed; the kind word decides ``kind``. A province's
    name ("NTB", "D.I. Yogyakarta") becomes its name in
    :data:`spbe.benchmarks.provinces.PROVINCES` when the name or ``kind`` (the kind known from
    elsewhere, such as the file's column) says it is a province.
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = _PARENTHESIS.sub(" ", text.lower()).replace("&", " dan ").strip()
    text = re.sub(r"\s+", " ", text)
    named: Kind | None = None
    text = _GOVERNMENT.sub("", text)
    if abbreviation := _ABBREVIATION.match(text):
        named = _ABBREVIATED[abbreviation.group(1)]
        text = text[abbreviation.end() :]
    else:
        for pattern, word_kind in _KIND_WORD:
            if found := pattern.match(text):
                named = word_kind
                text = text[found.end() :]
                break
    if (named or kind) is Kind.PROVINSI and (province := canonical_province(text)):
        text = province.lower()
    text = _NOT_ALPHANUMERIC.sub(" ", text).strip()
    for pattern, short in _PHRASES:
        text = pattern.sub(short, text)
    return AgencyName(kind=named, words=tuple(text.split()))


def agency_key(name: str, kind: Kind) -> str:
    """The stable key of an agency: its kind and compact core, e.g. "kota:pematangsiantar"."""
    return normalise_name(name, kind).key(kind)


class Certainty(StrEnum):
    """How sure a match is; an uncertain match waits for a person to confirm it."""

    EXACT = "exact"
    PROBABLE = "probable"
    UNCERTAIN = "uncertain"


@dataclass(frozen=True, slots=True)
class Candidate:
    """An agency the platform knows: any hashable ``id`` (a primary key), its name and kind."""

    id: Hashable
    name: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class Match:
    candidate: Candidate
    score: float
    certainty: Certainty


class Matcher:
    """Matches names against a fixed list of candidates, normalised once."""

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self._by_kind: dict[Kind, list[tuple[Candidate, AgencyName]]] = {kind: [] for kind in Kind}
        for candidate in candidates:
            normalised = normalise_name(candidate.name, candidate.kind)
            self._by_kind[candidate.kind].append((candidate, normalised))

    def match(self, name: str, kind: Kind | None = None, *, limit: int = 5) -> list[Match]:
        """The best candidates for ``name``, best first, each with its certainty.

        ``kind`` (the published ``kind`` column) restricts the candidates to that kind; without
        it the name's own kind word does. Raises ``ValueError`` if the two disagree. Exact means
        the same kind and the same compact core, and no other candidate shares it; probable
        means a score of at least 90 with a lead of at least 5 over the next candidate and the
        same direction words; everything else is uncertain.
        """
        query = normalise_name(name, kind)
        if kind is not None and query.kind is not None and kind is not query.kind:
            raise ValueError(f"{name!r} names a {query.kind}, not a {kind}")
        kind = kind or query.kind
        pool = (
            self._by_kind[kind] if kind else [c for group in self._by_kind.values() for c in group]
        )
        found = process.extract(
            query.compact,
            [normalised.compact for _, normalised in pool],
            scorer=fuzz.ratio,
            limit=limit + 1,
            score_cutoff=CANDIDATE_CUTOFF,
        )
        scored = [(pool[position], score) for _, score, position in found]
        matches = [
            Match(candidate, score, _certainty(query, kind, candidate, normalised, score, scored))
            for (candidate, normalised), score in scored
        ]
        return matches[:limit]


def _certainty(
    query: AgencyName,
    kind: Kind | None,
    candidate: Candidate,
    normalised: AgencyName,
    score: float,
    scored: list[tuple[tuple[Candidate, AgencyName], float]],
) -> Certainty:
    if kind is None and candidate.kind.is_regional:
        # A bare "Bekasi" may be the kota or the kabupaten; only a person can tell.
        return Certainty.UNCERTAIN
    rivals = [other for (_, other_name), other in scored if other_name is not normalised]
    best_rival = max(rivals, default=0.0)
    if normalised.compact == query.compact:
        return Certainty.EXACT if best_rival < 100 else Certainty.UNCERTAIN
    if (
        score >= PROBABLE_SCORE
        and score - best_rival >= PROBABLE_MARGIN
        and normalised.directions == query.directions
    ):
        return Certainty.PROBABLE
    return Certainty.UNCERTAIN
