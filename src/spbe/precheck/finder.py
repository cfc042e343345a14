"""Finding a rule's elements in the provisions of a document.

An element counts only where a provision regulates it (see ``Element.where``); provisions
outside the operative text (title, preamble, definitions, closing, elucidation) never count,
and neither does a provision that merely lists elements (``IndicatorRules.listing_threshold``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spbe.precheck.rules import Element, IndicatorRules
from spbe.precheck.sentences import Span, first_match, holds_all, sentence_spans
from spbe.precheck.structure import (
    OPERATIVE_PARTS,
    Part,
    Segment,
    Structure,
    is_scope_clause,
)
from spbe.precheck.text import compile_wording


@dataclass(frozen=True)
class Hit:
    """Where an element was found: the provision and the span of the match."""

    segment: Segment
    start: int
    end: int


class ElementFinder:
    """Finds an indicator's elements in the provisions of one document."""

    def __init__(self, structure: Structure, rule: IndicatorRules, *, record: bool = False) -> None:
        self.structure = structure
        self.rule = rule
        self.record = record
        self.cache: dict[str, Hit | None] = {}
        self.sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.exclusions = _one_pattern(rule.exclusions())
        self.excluded: dict[tuple[int, int], bool] = {}
        # The groups elements share ("@aset", "@semua_unit"), compiled once, and where each
        # was first found in each sentence: several elements ask the same sentence for them.
        self.groups: dict[str, list[re.Pattern[str]]] = {}
        self.group_hits: dict[tuple[int, int], Span | None] = {}
        countable = [_patterns(e) for e in rule.countable_elements()]
        self.subject = [p for e in rule.subject_elements() for p in _patterns(e)]
        provisions = [
            segment
            for segment in structure.segments
            if segment.part in OPERATIVE_PARTS and not self._is_list(segment, countable)
        ]
        provisions += [
            item
            for parent, item in structure.items
            if self._states_content(structure.segments[parent])
            and not self._is_list(item, countable)
        ]
        self.provisions = sorted(provisions, key=lambda segment: segment.start)
        self.chapters = self._own_chapters()

    def find(self, element: Element) -> Hit | None:
        """Where the element is first regulated, or None."""
        if element.name not in self.cache:
            self.cache[element.name] = self._find(element)
        return self.cache[element.name]

    def _find(self, element: Element) -> Hit | None:
        if element.any_of:
            hits = [self.find(self.rule.element(name)) for name in element.any_of]
            found = [hit for hit in hits if hit]
            return min(found, key=lambda hit: hit.start) if found else None
        patterns = _patterns(element)
        combinations = [
            [self._group(group) for group in combination] for combination in element.together
        ]
        candidates = self._candidates(element)
        if element.where == "subject" and self.record:
            # Minutes and reports are titled by their project ("MIGRASI SERVER PERANGKAT DAERAH
            # KE PUSAT DATA"), so their subject may first be named in what they state; that
            # the title does not name it is still put to a person (subject_not_named).
            candidates += [s for s in self.provisions if s.part is not Part.HEADING]
        for segment in candidates:
            end = segment.end if element.where == "operative" else segment.lead_end
            if segment.part in (Part.TITLE, Part.HEADING) or element.where == "subject":
                end = segment.end
            for pattern in patterns:
                if not combinations:
                    match = pattern.search(self.structure.text, segment.start, end)
                    if match:
                        return Hit(segment, match.start(), match.end())
                    continue
                # An element that reads statements of practice (it has ``together``) counts
                # no wording in a sentence that states a plan, a wish or a shortfall.
                for match in pattern.finditer(self.structure.text, segment.start, end):
                    if not self._not_done(segment, end, match.start()):
                        return Hit(segment, match.start(), match.end())
            if combinations:
                hit = self._together(segment, end, combinations)
                if hit:
                    return hit
        return None

    def _sentences(self, segment: Segment, end: int) -> list[tuple[int, int]]:
        key = (segment.start, end)
        if key not in self.sentences:
            self.sentences[key] = sentence_spans(self.structure.text, segment.start, end)
        return self.sentences[key]

    def _not_done(self, segment: Segment, end: int, position: int) -> bool:
        """Whether the sentence at ``position`` states a plan, a wish or a shortfall (the
        rules' ``not_done``), not something done."""
        for start, stop in self._sentences(segment, end):
            if start <= position < stop:
                return self._excluded(start, stop)
        return False

    def _group(self, reference: str) -> list[re.Pattern[str]]:
        if reference not in self.groups:
            self.groups[reference] = _one_pattern(self.rule.group(reference))
        return self.groups[reference]

    def _first_in(self, sentence: str, start: int, group: Sequence[re.Pattern[str]]) -> Span | None:
        """Where a group is first found in the sentence at ``start``, remembered."""
        key = (id(group), start)
        if key not in self.group_hits:
            self.group_hits[key] = first_match(sentence, group)
        return self.group_hits[key]

    def _excluded(self, start: int, stop: int) -> bool:
        if (start, stop) not in self.excluded:
            sentence = self.structure.text[start:stop]
            self.excluded[start, stop] = any(p.search(sentence) for p in self.exclusions)
        return self.excluded[start, stop]

    def _together(
        self, segment: Segment, end: int, combinations: list[list[list[re.Pattern[str]]]]
    ) -> Hit | None:
        """The first sentence of the segment (up to ``end``) that holds a wording of each
        group of one combination (``Element.together``)."""
        text = self.structure.text
        for start, stop in self._sentences(segment, end):
            if self._excluded(start, stop):
                continue  # a plan, a wish or a shortfall, not something done
            sentence = text[start:stop]
            first = functools.partial(self._first_in, sentence, start)
            for groups in combinations:
                span = holds_all(sentence, groups, first=first)
                if span:
                    return Hit(segment, start + span[0], start + span[1])
        return None

    def _candidates(self, element: Element) -> list[Segment]:
        """Where to look, best quote first: for a subject the title and headings; otherwise
        the articles and running text, then the headings above them."""
        if element.where == "subject":
            return self.structure.parts(Part.TITLE, Part.HEADING)
        provisions = self.provisions
        if self.chapters and not element.general:
            provisions = [
                segment
                for segment in provisions
                if any(start <= segment.start < end for start, end in self.chapters)
            ]
        body = [segment for segment in provisions if segment.part is not Part.HEADING]
        return body + [segment for segment in provisions if segment.part is Part.HEADING]

    def _own_chapters(self) -> list[tuple[int, int]]:
        """Where the indicator's elements may be found in a regulation on many subjects: the
        stretches under the BAB, Bagian or Paragraf headings that name the indicator's
        subject. Empty (the whole document counts) when the title names the subject, or when
        no heading does."""
        structure = self.structure
        title = structure.zone(Part.TITLE)
        if not self.subject or any(p.search(title) for p in self.subject):
            return []
        return [
            (heading.start, end)
            for heading, end in structure.chapters
            if any(p.search(structure.span(heading)) for p in self.subject)
        ]

    def _states_content(self, segment: Segment) -> bool:
        """Whether an article's enumeration states the content of the indicator's subject
        ("Peta Rencana SPBE memuat: 1. rencana Tata Kelola SPBE; …"): its opening clause names
        the subject and is not a scope clause. Each item of such an enumeration is a provision
        of its own; the items of any other enumeration are not."""
        if segment.part is not Part.ARTICLE:
            return False
        lead = self.structure.lead(segment)
        return not is_scope_clause(lead) and any(p.search(lead) for p in self.subject)

    def _is_list(self, segment: Segment, countable: list[list[re.Pattern[str]]]) -> bool:
        """Whether a provision only lists elements: its opening clause names
        ``listing_threshold`` of them ("… sebagai pedoman dalam proses bisnis, data dan
        informasi, aplikasi, …"), or it names none and opens an enumeration whose items do
        ("Ruang lingkup … meliputi: a. …; b. …; c. …"). An enumeration under a clause that
        names its topic ("Arsitektur Domain Keamanan SPBE memuat: …") regulates that topic."""
        text = self.structure.text
        threshold = self.rule.listing_threshold
        lead = text[segment.start : segment.lead_end]
        in_lead = _count(countable, lead)
        if in_lead >= threshold:
            return True
        enumerates = lead.rstrip().endswith(":")
        whole = text[segment.start : segment.end]
        return in_lead == 0 and enumerates and _count(countable, whole) >= threshold


_BACKREFERENCE = re.compile(r"\\[1-9]")


def _one_pattern(wordings: list[str]) -> list[re.Pattern[str]]:
    """A group's wordings as few patterns as possible: one alternation of all those without a
    backreference ("(\\d+) dari \\1" keeps a pattern of its own, its group numbers intact), so
    that a sentence is searched once per group, not once per wording."""
    plain = [wording for wording in wordings if not _BACKREFERENCE.search(wording)]
    own = [compile_wording(wording) for wording in wordings if _BACKREFERENCE.search(wording)]
    if not plain:
        return own
    return [compile_wording("|".join(f"(?:{wording})" for wording in plain)), *own]


def _patterns(element: Element) -> list[re.Pattern[str]]:
    return [compile_wording(wording) for wording in element.wordings]


def _count(countable: list[list[re.Pattern[str]]], text: str) -> int:
    return sum(1 for patterns in countable if any(p.search(text) for p in patterns))
