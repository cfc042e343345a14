"""The pre-check rules: data files beside the framework library, validated by this schema.

One file per framework (``src/spbe/library/evidence-rules/<framework>.json``). For each
indicator and level a rule names the document kinds that count, whether the document must be
enacted, and the elements the document must regulate, each with the wordings that are
accepted. Every level rule quotes the criterion text it encodes. A file carries ``status`` and
``reviewed_by`` so that a person can mark it reviewed; until then it says
``"draft — needs human review"``. See ``docs/evidence-check.md`` for how to write one.
"""

from __future__ import annotations

import datetime
import json
import re
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

RULES_DIR = Path(__file__).resolve().parents[1] / "library" / "evidence-rules"


class DocumentKind(StrEnum):
    """What a document is. The codes are those of ``spbe.evidence.models.DocumentKind``,
    plus ``surat_edaran``, ``rka``, ``dpa`` and ``perjanjian``."""

    PERWALI = "perwali"
    PERBUP = "perbup"
    PERGUB = "pergub"
    PERMEN = "permen"
    PERDA = "perda"
    KEPUTUSAN = "keputusan"
    SK = "sk"
    SURAT_EDARAN = "surat_edaran"
    SOP = "sop"
    LAPORAN = "laporan"
    NOTULEN = "notulen"
    RKA = "rka"  # Rencana Kerja dan Anggaran
    DPA = "dpa"  # Dokumen Pelaksanaan Anggaran
    PERJANJIAN = "perjanjian"  # Nota Kesepahaman (MoU), Perjanjian Kerja Sama (PKS)
    TANGKAPAN_LAYAR = "tangkapan_layar"
    LAINNYA = "lainnya"


# Records of a practice, titled by what the meeting or the report was about ("PERLUASAN
# JARINGAN FIBER OPTIK"), which need not be the indicator's SPBE term: that they do not name
# it is said as a question for a person, never as "another subject" (docs/evidence-check.md,
# "A blind held-back part").
RECORD_KINDS = frozenset({DocumentKind.LAPORAN, DocumentKind.NOTULEN})

Where = Literal["subject", "lead", "operative"]


class Strict(BaseModel):
    """Unknown keys are refused, so that a misspelt field is not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _compiles(wordings: list[str]) -> list[str]:
    for wording in wordings:
        try:
            re.compile(wording)
        except re.error as error:
            raise ValueError(f"wording {wording!r} is not a valid pattern: {error}") from error
    return wordings


class Element(Strict):
    """One thing a document must regulate, e.g. "Keamanan SPBE".

    ``where`` says which text counts: ``subject`` (the title block or a chapter, section or
    annex heading: what the document or a part of it is about), ``lead`` (the opening
    clause of an article, ayat or heading: what that provision regulates) or ``operative``
    (anywhere in an article). The preamble, the definitions article, the closing and the
    elucidation never count. ``any_of`` instead names other elements of the same indicator:
    the element is found when one of them is. In a regulation on many subjects (a Perwali on
    "Penyelenggaraan SPBE") an element counts only in the chapters on the indicator's subject,
    unless it is ``general`` (a review of "Peraturan Wali Kota ini" covers every chapter).

    ``together`` lists combinations of concept groups: the element is also found where one
    sentence or list point holds a wording of each group of one combination, in any order
    (``["@konsultasi", "@unit_pengelola_tik"]``). A group is ``@name``, one of the file's
    ``concepts``, or a single wording. A sentence holding one of the file's ``not_done``
    wordings (a plan, a wish, a shortfall) never counts for ``together``.
    """

    name: str = Field(min_length=2)
    where: Where = "lead"
    wordings: list[str] = Field(default_factory=list)
    together: list[list[str]] = Field(default_factory=list)
    any_of: list[str] = Field(default_factory=list)
    general: bool = False
    note: str | None = None

    @field_validator("wordings")
    @classmethod
    def _wordings_compile(cls, wordings: list[str]) -> list[str]:
        return _compiles(wordings)

    @field_validator("together")
    @classmethod
    def _combinations(cls, together: list[list[str]]) -> list[list[str]]:
        for combination in together:
            if len(combination) < 2:
                raise ValueError(
                    f"each combination in together needs two groups or more, got {combination}"
                    " (a single group is a wording: put it in wordings)"
                )
            _compiles([group for group in combination if not group.startswith("@")])
        return together

    @model_validator(mode="after")
    def _one_source(self) -> Element:
        if bool(self.wordings or self.together) == bool(self.any_of):
            raise ValueError(
                f"element {self.name!r} needs either wordings (or together) or any_of, not both"
            )
        return self

    def concept_names(self) -> set[str]:
        """The concept groups its ``together`` names, without the ``@``."""
        return {
            group[1:] for combination in self.together for group in combination if group[:1] == "@"
        }


class LevelRule(Strict):
    """What one level of one indicator asks of a document. Levels are cumulative, so a level
    above one with ``enacted`` need not repeat it. A level that is not ``automatic`` is
    never awarded by the check; its elements are shown as hints and its note says why a
    person must decide."""

    level: int = Field(ge=1, le=5)
    criterion: str = Field(min_length=10, description="the framework's criterion text, verbatim")
    automatic: bool = True
    document_kinds: list[str] = Field(min_length=1)
    enacted: bool = False
    elements: list[Element] = Field(default_factory=list)
    note: str | None = None


class Freshness(Strict):
    """How recent evidence must be, one setting per framework. ``max_age_months`` per
    document kind: older than that before the evaluation's reference day is ``outdated``;
    with ``period_must_not_have_ended`` a document whose period ("Tahun 2018-2022") ended
    before the evaluated year is ``period_ended``."""

    max_age_months: dict[DocumentKind, int] = Field(default_factory=dict)
    period_must_not_have_ended: bool = True
    note: str | None = None


class LineItem(Strict):
    """The budget line (kegiatan) an RKA/DPA must contain, e.g. "Audit TIK"."""

    name: str = Field(min_length=2)
    wordings: list[str] = Field(min_length=1)

    @field_validator("wordings")
    @classmethod
    def _wordings_compile(cls, wordings: list[str]) -> list[str]:
        return _compiles(wordings)


class AsksFor(Strict):
    """What an indicator or item asks for: a kind and a subject ("SK Tim Audit TIK"). A
    document of another kind, or whose title block is about another subject, is flagged
    ``mismatch``; an RKA/DPA without ``line_item`` is flagged ``line_item_missing``."""

    kinds: list[str] = Field(min_length=1)
    label: str = Field(min_length=2, description="what is asked for, as shown: SK Tim Audit TIK")
    subject: str = Field(min_length=2)
    subject_wordings: list[str] = Field(min_length=1)
    line_item: LineItem | None = None
    note: str | None = None

    @field_validator("subject_wordings")
    @classmethod
    def _wordings_compile(cls, wordings: list[str]) -> list[str]:
        return _compiles(wordings)


class IndicatorRules(Strict):
    """The rules of one indicator: its levels, in order, from level 1."""

    framework: str = ""
    indicator: int = Field(ge=1)
    name: str
    listing_threshold: int = Field(default=3, ge=2)
    enacted_element: str = "Kebijakan telah ditetapkan"
    levels: list[LevelRule] = Field(min_length=1)
    note: str | None = None
    asks_for: AsksFor | None = None
    freshness: Freshness | None = None
    concepts: dict[str, list[str]] = Field(default_factory=dict)
    not_done: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _levels_and_references(self) -> IndicatorRules:
        numbers = [rule.level for rule in self.levels]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError(f"indicator {self.indicator}: levels must run 1..n, got {numbers}")
        automatic = [rule.automatic for rule in self.levels]
        if not automatic[0] or automatic != sorted(automatic, reverse=True):
            raise ValueError(
                f"indicator {self.indicator}: automatic levels must come first, from level 1"
            )
        names = {element.name for rule in self.levels for element in rule.elements}
        for rule in self.levels:
            for element in rule.elements:
                unknown = set(element.any_of) - names
                if unknown:
                    raise ValueError(
                        f"indicator {self.indicator} level {rule.level}: {element.name!r} "
                        f"refers to unknown elements {sorted(unknown)}"
                    )
                unknown = element.concept_names() - set(self.concepts)
                if unknown:
                    raise ValueError(
                        f"indicator {self.indicator} level {rule.level}: {element.name!r} "
                        f"names unknown concept groups {sorted('@' + n for n in unknown)}; "
                        f"the file defines {sorted('@' + n for n in self.concepts)}"
                    )
        return self

    def group(self, reference: str) -> list[str]:
        """The wordings of one group of a ``together`` combination: a concept's, or the
        wording itself."""
        return self.concepts[reference[1:]] if reference.startswith("@") else [reference]

    def exclusions(self) -> list[str]:
        """The ``not_done`` wordings, concepts expanded."""
        return [wording for reference in self.not_done for wording in self.group(reference)]

    @property
    def highest_automatic_level(self) -> int:
        """The highest level these rules can decide from a document; above it, a person must."""
        return max(rule.level for rule in self.levels if rule.automatic)

    def element(self, name: str) -> Element:
        """The element of that name at any level."""
        for rule in self.levels:
            for element in rule.elements:
                if element.name == name:
                    return element
        raise KeyError(name)

    def subject_elements(self) -> list[Element]:
        """The elements that name what a document is about (``where: "subject"``)."""
        return [e for rule in self.levels for e in rule.elements if e.where == "subject"]

    def countable_elements(self) -> list[Element]:
        """The elements with wordings of their own, except subjects: those that can make an
        article a mere list (see ``listing_threshold``)."""
        seen: dict[str, Element] = {}
        for rule in self.levels:
            for element in rule.elements:
                if element.wordings and element.where != "subject":
                    seen.setdefault(element.name, element)
        return list(seen.values())


class ItemRule(Strict):
    """The rule of one Pemdi evidence item (butir data dukung, e.g. ``I9-L1-01``): what the
    item asks for (``asks_for``: kind and subject, for the "wrong object" flag) and, where one
    document can show them, the elements it must contain. ``text`` is the item's text in the
    framework library, verbatim. An item is one piece of a level's evidence, so its check
    gives no level: it says whether this is the document asked for and what it holds."""

    code: str = Field(pattern=r"^I[0-9]+-L[1-5]-[0-9]{2}$")
    text: str = Field(min_length=5, description="the item's text in the library, verbatim")
    asks_for: AsksFor
    elements: list[Element] = Field(default_factory=list)
    note: str | None = None

    @property
    def indicator(self) -> int:
        """The indicator the item belongs to (``I9-L1-01`` → 9)."""
        return int(self.code[1:].split("-")[0])

    @property
    def level(self) -> int:
        """The level the item belongs to (``I9-L1-01`` → 1)."""
        return int(self.code.split("-")[1][1:])

    @model_validator(mode="after")
    def _unique_elements(self) -> ItemRule:
        names = [element.name for element in self.elements]
        if len(names) != len(set(names)) or any(e.any_of for e in self.elements):
            raise ValueError(f"item {self.code}: element names must be unique, without any_of")
        if any(e.together for e in self.elements):
            raise ValueError(f"item {self.code}: together is for indicator rules, not items")
        return self


class RulesFile(Strict):
    """One rules file: the rules of one framework, with its review status."""

    schema_version: Literal[1]
    framework: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    framework_revision: int = Field(ge=1)
    status: str
    reviewed_by: str | None
    reviewed_on: datetime.date | None
    description: str
    enacted_element: str
    listing_threshold: int = Field(default=3, ge=2)
    document_kind_groups: dict[str, list[DocumentKind]]
    freshness: Freshness | None = None
    concepts: dict[str, list[str]] = Field(default_factory=dict)
    not_done: list[str] = Field(default_factory=list)
    indicators: list[IndicatorRules]
    items: list[ItemRule] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _expand(cls, data: object) -> object:
        """Expand ``@group`` kinds and pass the file-wide settings down to each indicator."""
        if not isinstance(data, dict):
            return data
        groups = data.get("document_kind_groups", {})
        for indicator in data.get("indicators", []):
            if not isinstance(indicator, dict):
                continue
            indicator.setdefault("framework", data.get("framework", ""))
            indicator.setdefault("enacted_element", data.get("enacted_element"))
            indicator.setdefault("listing_threshold", data.get("listing_threshold", 3))
            indicator.setdefault("freshness", data.get("freshness"))
            indicator.setdefault("concepts", data.get("concepts", {}))
            indicator.setdefault("not_done", data.get("not_done", []))
            asks_for = indicator.get("asks_for")
            if isinstance(asks_for, dict):
                asks_for["kinds"] = _expand_kinds(asks_for.get("kinds", []), groups)
            for level in indicator.get("levels", []):
                if isinstance(level, dict):
                    level["document_kinds"] = _expand_kinds(level.get("document_kinds", []), groups)
        for item in data.get("items", []):
            asks_for = item.get("asks_for") if isinstance(item, dict) else None
            if isinstance(asks_for, dict):
                asks_for["kinds"] = _expand_kinds(asks_for.get("kinds", []), groups)
        return data

    @field_validator("concepts")
    @classmethod
    def _concepts(cls, concepts: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, wordings in concepts.items():
            if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
                raise ValueError(
                    f"concept group {name!r}: a name is lower case letters, digits and _"
                )
            if not wordings:
                raise ValueError(f"concept group {name!r} has no wordings")
            if any(wording.startswith("@") for wording in wordings):
                raise ValueError(f"concept group {name!r}: a group cannot name another group")
            try:
                _compiles(wordings)
            except ValueError as error:
                raise ValueError(f"concept group {name!r}: {error}") from error
        return concepts

    @model_validator(mode="after")
    def _not_done_known(self) -> RulesFile:
        for reference in self.not_done:
            if reference.startswith("@") and reference[1:] not in self.concepts:
                raise ValueError(f"not_done names unknown concept group {reference!r}")
        _compiles([reference for reference in self.not_done if not reference.startswith("@")])
        return self

    @model_validator(mode="after")
    def _unique_indicators(self) -> RulesFile:
        numbers = [rules.indicator for rules in self.indicators]
        if len(numbers) != len(set(numbers)):
            raise ValueError(f"an indicator has two rule sets: {sorted(numbers)}")
        codes = [item.code for item in self.items]
        if len(codes) != len(set(codes)):
            raise ValueError(f"an item has two rules: {sorted(codes)}")
        return self

    def for_indicator(self, number: int) -> IndicatorRules | None:
        """The rules of one indicator, or None if the file has none."""
        for rules in self.indicators:
            if rules.indicator == number:
                return rules
        return None

    def for_item(self, code: str) -> ItemRule | None:
        """The rule of one evidence item (``I9-L1-01``), or None if the file has none."""
        for item in self.items:
            if item.code == code:
                return item
        return None


def _expand_kinds(kinds: list[str], groups: dict[str, list[str]]) -> list[str]:
    expanded: list[str] = []
    for kind in kinds:
        if kind.startswith("@"):
            if kind[1:] not in groups:
                raise ValueError(f"unknown document kind group {kind!r}")
            expanded.extend(groups[kind[1:]])
        else:
            expanded.append(DocumentKind(kind).value)
    return list(dict.fromkeys(expanded))


class UnknownRules(LookupError):
    """No rules file exists for this framework."""


def read_rules_file(path: Path) -> RulesFile:
    """Parse and validate one rules file; raises ``pydantic.ValidationError`` or ``OSError``."""
    return RulesFile.model_validate(json.loads(path.read_text(encoding="utf-8")))


@cache
def load_rules(framework: str) -> RulesFile:
    """The shipped rules of a framework (read once per process)."""
    path = RULES_DIR / f"{framework}.json"
    if not re.fullmatch(r"[a-z0-9-]+", framework) or not path.is_file():
        raise UnknownRules(framework)
    return read_rules_file(path)


def indicator_rules(framework: str, indicator: int) -> IndicatorRules | None:
    """The rules for one indicator, or None where there are no automatic rules yet
    ("belum ada aturan otomatis"), including frameworks without a rules file."""
    try:
        return load_rules(framework).for_indicator(indicator)
    except UnknownRules:
        return None
