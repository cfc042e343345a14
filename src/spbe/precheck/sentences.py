"""Sentences and list points of a provision, and whether one of them holds a wording from each
of several concept groups (an element's ``together``, see ``spbe.precheck.rules.Element``).

Minutes and reports say the same thing in many orders ("Usulan belanja TIK dibahas terlebih
dahulu bersama Bidang Aplikasi Informatika Diskominfo", "Diskominfo memaraf lembar telaah
kebutuhan TIK"), so an element may be found when one sentence names the action and the party,
in any order, instead of by a pattern that fixes their order. A sentence is short enough that
its words belong to one statement: it ends at a full stop, a semicolon, a question or
exclamation mark, a colon at the end of a line, and at the start of a list point or a table
row; a line breaks a sentence only there, since a PDF breaks lines in the middle of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# A list point's marker at the start of a line: "1.", "1)", "(1)", "a.", "a)", bullets.
_POINT = re.compile(r"[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|\(\d{1,2}\)|[-•*▪●◦])\s")
# A minutes' header line ("Peserta : …", "Hari/Tanggal: …") is a statement of its own.
_LABEL = re.compile(r"[ \t]*[A-Z][\w/ ]{1,30}[ \t]*:")
_STOP = re.compile(r"[.;!?](?=\s)|:[ \t]*$", re.MULTILINE)

# The words of one statement lie close together; a sentence whose stops OCR lost may run on
# for lines, and words of different statements must not join in it.
MAX_SPREAD = 300

Groups = Sequence[Sequence[re.Pattern[str]]]


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences and list points of ``text[start:end]``, as ``(start, end)`` offsets into
    ``text``, without blank ones."""
    spans: list[tuple[int, int]] = []
    for run_start, run_end in _runs(text, start, end):
        cut = run_start
        for stop in _STOP.finditer(text, run_start, run_end):
            spans.append((cut, stop.end()))
            cut = stop.end()
        spans.append((cut, run_end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of lines that may hold one sentence: a list point, a table row or a header
    line starts a stretch of its own."""
    runs: list[tuple[int, int]] = []
    run_start = start
    position = start
    previous_row = False
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline == -1 else newline
        line = text[position:line_end]
        row = "\t" in line
        if position > run_start and (
            row or previous_row or _POINT.match(line) or _LABEL.match(line)
        ):
            runs.append((run_start, position - 1))
            run_start = position
        previous_row = row
        position = line_end + 1
    runs.append((run_start, end))
    return runs


Span = tuple[int, int]


def holds_all(
    sentence: str,
    groups: Groups,
    exclusions: Sequence[re.Pattern[str]] = (),
    first: Callable[[Sequence[re.Pattern[str]]], Span | None] | None = None,
) -> Span | None:
    """Where in ``sentence`` a wording of each group is found, as the span from the first to
    the last of them, or None: when a group is not found, when the words lie more than
    ``MAX_SPREAD`` characters apart, or when the sentence holds one of ``exclusions`` (it
    states a plan, a wish or a shortfall, not something done). ``first`` finds a group's
    first match in the sentence (by default, by searching it), for a caller that remembers
    the groups several elements share."""
    if any(pattern.search(sentence) for pattern in exclusions):
        return None
    spans: list[Span] = []
    for group in groups:
        match = first(group) if first else first_match(sentence, group)
        if match is None:
            return None
        spans.append(match)
    begin = min(span[0] for span in spans)
    last = max(span[1] for span in spans)
    if last - begin > MAX_SPREAD:
        return None
    return begin, last


def first_match(sentence: str, group: Sequence[re.Pattern[str]]) -> Span | None:
    """The span of the first match of any of the group's patterns in the sentence, or None."""
    found = [match.span() for pattern in group if (match := pattern.search(sentence))]
    return min(found) if found else None
