"""The parts of a document: title, preamble, headings, articles and ayat, closing, elucidation.

Indonesian regulations share one shape (UU 12/2011, Lampiran II): a title block ("PERATURAN
WALI KOTA … NOMOR … TAHUN … TENTANG …"), a preamble (Menimbang, Mengingat, MEMUTUSKAN,
Menetapkan), chapters (BAB), sections (Bagian, Paragraf), articles (Pasal) split into ayat
"(1)", "(2)", the closing ("Ditetapkan di … pada tanggal …", the signature, "Diundangkan di"),
then an elucidation (PENJELASAN) and annexes (LAMPIRAN). A decree (Keputusan) has diktum
(KESATU, KEDUA, …) instead of articles. The definitions article ("Dalam Peraturan … ini yang
dimaksud dengan: …", usually Pasal 1 in BAB I KETENTUAN UMUM) is marked apart, because it
names every notion of the regulation without regulating any of them.

A document without that shape (a report, minutes, a circular) gets a title block of its first
lines and running text split into sentences. In minutes, the agenda ("Agenda", "Acara",
"Susunan acara": the topics the meeting will discuss) is a part of its own, up to the next
section ("Pembahasan", "Hasil rapat", "Kesimpulan", …): a topic on the agenda is not a
statement that anything was done.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from enum import StrEnum

from spbe.precheck.text import normalise_page


class Part(StrEnum):
    """The part of a document a segment belongs to."""

    TITLE = "title"
    PREAMBLE = "preamble"
    HEADING = "heading"
    DEFINITIONS = "definitions"
    ARTICLE = "article"
    TEXT = "text"
    CLOSING = "closing"
    ELUCIDATION = "elucidation"
    ITEM = "item"  # an item of an enumeration inside an article (see Structure.items)
    AGENDA = "agenda"  # the agenda of minutes: the topics, not what was done


OPERATIVE_PARTS = frozenset({Part.HEADING, Part.ARTICLE, Part.TEXT})

_I = re.IGNORECASE
_PASAL = re.compile(r"^pas[a@]\s?[l1i]\s+[0-9oil]{1,3}[a-z]?\s*$", _I)
_DIKTUM = re.compile(
    r"^(KESATU|KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM|KETUJUH|KEDELAPAN|KESEMBILAN|KESEPULUH)\b"
    r"\s*[:.]?"
)
_BAB = re.compile(r"^BAB\s*([IVXLC1l]+|\d+)\b")
_SECTION = re.compile(r"^(bagian\s+(ke\w+|pertama)|paragraf\s+\d+)\s*$", _I)
_PREAMBLE = re.compile(r"^(menimbang|mengingat|memperhatikan)\b", _I)
_CLOSING = re.compile(r"^(ditetap\w*|diundangkan)\s+d[il1]\b", _I)
_ELUCIDATION = re.compile(r"^PENJELASAN\b")
_ANNEX = re.compile(r"^LAMPIRAN\b")
# OCR may read a speck right after the closing parenthesis as a stop ("(6). rencana …").
_AYAT = re.compile(r"^[\(\{\[]\s*[0-9lIi]{1,2}\s*[\)\}\]](?:\.(?=\s*[A-Za-z]))?\s*")
# The marker of an enumeration item: "a.", "1.", "1)", "(1)", "a)", "(a)", "i.", "huruf a",
# or a bullet; Word's list numbering arrives here rendered into the text by textanalysis.office.
_ITEM = re.compile(
    r"^(?:huruf\s+[a-z]\b\.?|angka\s+\d{1,2}\b\.?|\(\s*(?:[a-z]|\d{1,2}|[ivx]{1,4})\s*\)"
    r"|(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]|[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2219\u27a2*>-]"
    # and the bullets OCR reads as other glyphs (a hyphen read as a colon, ": rencana"); and
    # a letter's stop OCR reads as a hyphen ("g- arsitektur"), or "f." as a pound sign.
    r"|[\u00bb\u00ab\u00a9\u00ae\u00b0eo\u00a3:](?=\s+[a-z])|[a-z]-(?=\s+[a-z]))\s+"
    # and a speck read as a stop after a parenthesis: "(6). rencana …", "g).arsitektur …".
    r"|^(?:\(\s*(?:[a-z]|\d{1,2})\s*\)|(?:[a-z]|\d{1,2})\))\.\s*(?=[a-z])"
    # and "f)" or "s)" that OCR reads as "$)".
    r"|^\$\)\s+",
    _I,
)
_BARE_MARKER = re.compile(
    r"^(?:(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]|\(\s*(?:[a-z]|\d{1,2})\s*\)|[\u2022\u00b7-])$", _I
)
_TABLE_LEAD = re.compile(r"\btabel\b", _I)
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[a-z])[.)]?\t", _I)
_TABLE_ROW = re.compile(r"^[^\n]*\t[^\n]*$", re.MULTILINE)
_SCOPE = re.compile(r"^\s*(?:\(\s*\d+\s*\)\s*)?ruang\s*lingkup\b", _I)
_REFERENCE_END = re.compile(r"\b(diktum|dalam|pada|dengan)\s*$", _I)
_LEAD_END = re.compile(r":|;|\.(?=\s|$)")
_SENTENCE_END = re.compile(r"[.;:](?=\s)|\n\s*\n")
_DEFINITIONS = re.compile(r"yang\s*di\s*maksud\s*dengan", _I)
_UPPER_LINE = re.compile(r"^[^a-z]*[A-Z][^a-z]*$")

# A section heading of minutes, alone on its line, perhaps after "A." or "II." and before
# ":"; an agenda heading may carry its one topic after the colon ("Agenda : Evaluasi …").
_MINUTES_SECTION = re.compile(
    r"^\s*(?:(?:[A-Z]|[IVX]{1,4})[.)]\s*)?"
    r"(?i:(?P<agenda>agenda(?: rapat| acara)?|acara(?: rapat)?|susunan acara|pokok bahasan"
    r"|materi rapat)|pembahasan|hasil(?: rapat| pembahasan)?|jalannya rapat|uraian(?: rapat)?"
    r"|kesimpulan(?: rapat)?|keputusan(?: rapat)?|kesepakatan(?: rapat)?|tindak lanjut"
    r"|rekomendasi|penutup|catatan(?: rapat)?)"
    r"\s*(?::\s*(?P<rest>.*?))?\s*$"
)
_SENTENCE_CLOSED = re.compile(r"[.;]\s*$")
_DETACHED_MARKER = re.compile(r"^(?:\d{1,2}|[a-z])[.:)]?$")

LEAD_LIMIT = 400
UNTITLED_TITLE_LINES = 12


@dataclass(frozen=True)
class Segment:
    """A stretch of the document's text: ``text[start:end]``; its lead (the opening clause
    that says what the provision is about) ends at ``lead_end``."""

    part: Part
    start: int
    end: int
    lead_end: int
    label: str | None = None


@dataclass(frozen=True)
class Structure:
    """A document's normalised text (pages joined by line breaks) and its segments."""

    text: str
    page_starts: tuple[int, ...]
    segments: tuple[Segment, ...]
    is_regulation: bool
    # The items of the enumerations inside articles, each with the index in ``segments`` of
    # the article (or ayat) it belongs to; they count only where the finder says so.
    items: tuple[tuple[int, Segment], ...] = ()
    # The stretches of text under each BAB, Bagian or Paragraf heading: (heading, end).
    chapters: tuple[tuple[Segment, int], ...] = ()

    def page_at(self, offset: int) -> int:
        """The 1-based page on which ``offset`` of :attr:`text` lies."""
        return bisect.bisect_right(self.page_starts, offset)

    def span(self, segment: Segment) -> str:
        """The text of a segment."""
        return self.text[segment.start : segment.end]

    def lead(self, segment: Segment) -> str:
        """The opening clause of a segment: what the provision is about."""
        return self.text[segment.start : segment.lead_end]

    def parts(self, *parts: Part) -> list[Segment]:
        """The segments of the given parts, in document order."""
        return [segment for segment in self.segments if segment.part in parts]

    def zone(self, part: Part) -> str:
        """All text of one part, in order."""
        return "\n".join(self.span(segment) for segment in self.parts(part))


@dataclass
class _Block:
    part: Part
    start: int
    end: int
    label: str | None = None


def parse_structure(pages: list[str]) -> Structure:
    """Split a document, given as the text of each page, into its parts.

    The last few documents' structures are remembered, so checking one document against
    every indicator it is linked to (a comprehensive regulation) parses it once."""
    return _parse(tuple(pages))


@functools.lru_cache(maxsize=8)
def _parse(pages: tuple[str, ...]) -> Structure:
    normalised = [normalise_page(page) for page in pages]
    starts: list[int] = []
    offset = 0
    for page in normalised:
        starts.append(offset)
        offset += len(page) + 1
    text = "\n".join(normalised)
    lines = _lines(text)
    regulation = any(_PASAL.match(line) or _DIKTUM.match(line) for line, _ in lines)
    blocks = _blocks(lines, text, regulation)
    segments: list[Segment] = []
    for block in blocks:
        segments.extend(_segments(block, text))
    items = tuple(
        (index, item)
        for index, segment in enumerate(segments)
        if segment.part in (Part.ARTICLE, Part.DEFINITIONS)
        for item in _items(segment, text)
    )
    return Structure(
        text, tuple(starts), tuple(segments), regulation, items, _chapters(segments, len(text))
    )


def is_scope_clause(lead: str) -> bool:
    """Whether an opening clause states a scope ("Ruang lingkup … meliputi:"): its
    enumeration lists what the regulation touches, it does not regulate it."""
    return bool(_SCOPE.match(lead))


def _items(segment: Segment, text: str) -> list[Segment]:
    """The items of an enumeration after the segment's opening clause: each runs from its
    marker to the next marker (over lines and pages) or to the end of the segment.

    OCR may read a hanging indent's markers as a column of their own ("c.", "d." alone on
    their lines, the items' text elsewhere), and a scanned table column by column; then each
    line of the enumeration is an item."""
    lead = text[segment.start : segment.lead_end]
    if not lead.rstrip().endswith(":"):
        return []
    lines: list[tuple[int, int]] = []  # (line start, text start after its marker)
    # Under "… dalam tabel berikut:" a scan's OCR gives the cells column by column, without
    # tabs: each line is then an item.
    detached = bool(_TABLE_LEAD.search(lead))
    offset = segment.lead_end
    for line in text[segment.lead_end : segment.end].split("\n"):
        stripped = line.strip()
        begin = offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
        if not stripped:
            continue
        if _BARE_MARKER.match(stripped):
            detached = True
            continue
        marker = _ITEM.match(stripped) or _ROW_NUMBER.match(stripped)
        lines.append((begin, begin + (marker.end() if marker else 0)))
    # A table row is an item of its own, its cells (bar a leading number) its lead; so is
    # every line of an enumeration whose markers OCR detached.
    rows = {
        begin for begin, _body in lines if detached or "\t" in text[begin : _line_end(text, begin)]
    }
    starts = [(begin, body) for begin, body in lines if body > begin or begin in rows]
    items = []
    for number, (begin, body) in enumerate(starts):
        following = starts[number + 1][0] if number + 1 < len(starts) else segment.end
        end = following
        line_end = text.find("\n", begin, end)
        if begin in rows and line_end != -1:
            end = line_end
        end = len(text[:end].rstrip()) if text[begin:end].strip() else end
        lead_end = _lead_end(text, body, end)
        if detached:
            # A line cut from its cell ("arsitektur domain data dan" / "informasi") reads on
            # into the next line.
            lead_end = _line_end(text, following) if following < segment.end else segment.end
            lead_end = min(lead_end, segment.end)
        elif begin in rows:
            lead_end = end
        items.append(Segment(Part.ITEM, begin, end, lead_end, segment.label))
    return items


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _chapters(segments: list[Segment], end: int) -> tuple[tuple[Segment, int], ...]:
    """Each BAB, Bagian or Paragraf heading with where its stretch ends: at the next heading
    of the same or a higher rank (a LAMPIRAN outranks every heading), the closing, or the end."""
    ranked = [
        (index, _rank(segment.label or ""))
        for index, segment in enumerate(segments)
        if segment.part is Part.HEADING
    ]
    out = []
    for position, (index, rank) in enumerate(ranked):
        stop = end
        for later, later_rank in ranked[position + 1 :]:
            if later_rank <= rank:
                stop = segments[later].start
                break
        closing = next(
            (s.start for s in segments[index:] if s.part is Part.CLOSING and s.start < stop), stop
        )
        out.append((segments[index], closing if rank else stop))
    return tuple(out)


def _rank(label: str) -> int:
    """0 for LAMPIRAN, 1 for BAB, 2 for Bagian, 3 for Paragraf."""
    if label.startswith("LAMPIRAN"):
        return 0
    if _BAB.match(label):
        return 1
    return 2 if label.lower().startswith("bagian") else 3


def _lines(text: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    offset = 0
    for line in text.split("\n"):
        out.append((line, offset))
        offset += len(line) + 1
    return out


def _blocks(lines: list[tuple[str, int]], text: str, regulation: bool) -> list[_Block]:
    """Group lines into blocks, each opened by a marker line (or by running text)."""
    blocks: list[_Block] = []
    first = _title_end(lines, regulation)
    if first:
        blocks.append(_Block(Part.TITLE, 0, lines[first - 1][1] + len(lines[first - 1][0])))
    mode = Part.PREAMBLE if regulation else Part.TEXT
    title_lines = 0  # how many more lines the last heading's title may take
    title_any = False  # whether those lines may be in lower case (Bagian, Paragraf)
    previous = ""
    for line, start in lines[first:]:
        end = start + len(line)
        part, label = _marker(line, Part.TEXT if mode is Part.AGENDA else mode)
        if not regulation and part is None:
            section = _MINUTES_SECTION.match(line)
            if section and section["agenda"]:
                blocks.append(_Block(Part.AGENDA, start, end))
                # "Agenda : <topic>" is the whole agenda; "Agenda" alone opens its list.
                mode = Part.TEXT if section["rest"] else Part.AGENDA
                previous = line
                continue
            if mode is Part.AGENDA and line.strip():
                stripped = line.strip()
                if _DETACHED_MARKER.match(stripped):
                    # OCR set the topics' numbers apart, in a column of their own.
                    blocks[-1].end = end
                    continue
                if section or (not _ITEM.match(stripped) and _SENTENCE_CLOSED.search(previous)):
                    mode = Part.TEXT  # the agenda ends at the next section or sentence
                else:
                    blocks[-1].end = end  # an agenda topic, or its line wrapped
                    previous = line
                    continue
        elif mode is Part.AGENDA:
            mode = Part.TEXT
        if part is Part.ARTICLE and _REFERENCE_END.search(previous):
            # "… sebagaimana dimaksud dalam Diktum\nKESATU …", "… dalam\nPasal 3": a
            # cross-reference wrapped onto a new line, not a new diktum or article.
            part = label = None
        previous = line or previous
        if part is None:
            if not line:
                continue
            last = blocks[-1] if blocks else None
            if last and last.part is Part.HEADING and title_lines:
                if title_any or _UPPER_LINE.match(line):
                    last.end = end
                    title_lines -= 1
                    continue
                title_lines = 0
            if (
                last and (last.part is mode or (mode is Part.ARTICLE and last.part is Part.ARTICLE))
            ) or (last and last.part is Part.TEXT and mode in (Part.TEXT, Part.ARTICLE)):
                last.end = end
            else:
                blocks.append(_Block(Part.TEXT if mode is Part.ARTICLE else mode, start, end))
            continue
        title_lines = _title_lines(line) if part is Part.HEADING else 0
        title_any = bool(_SECTION.match(line))
        if part is Part.HEADING:
            mode = Part.ARTICLE if mode is Part.PREAMBLE else mode
            mode = Part.TEXT if line.startswith("LAMPIRAN") else mode
        else:
            mode = part
        if blocks and blocks[-1].part is part and part in (Part.PREAMBLE, Part.CLOSING):
            blocks[-1].end = end
            continue
        blocks.append(_Block(part, start, end, label))
    return [block for block in blocks if text[block.start : block.end].strip()]


def _title_lines(line: str) -> int:
    """How many lines after a heading marker belong to its title."""
    if line.startswith("LAMPIRAN"):
        return 8
    if _BAB.match(line):
        return 3
    return 1


def _title_end(lines: list[tuple[str, int]], regulation: bool) -> int:
    """How many lines the title block takes."""
    if regulation:
        for index, (line, _) in enumerate(lines):
            if _PREAMBLE.match(line) or _PASAL.match(line) or _BAB.match(line):
                return index
            if _DIKTUM.match(line):
                return index
        return 0
    # Otherwise the letterhead and title: the leading lines in capitals (blank lines aside),
    # or the first line when the document opens in mixed case.
    taken = 0
    for index, (line, _) in enumerate(lines):
        if not line.strip():
            continue
        if not _UPPER_LINE.match(line) or taken == UNTITLED_TITLE_LINES:
            return index if taken else index + 1
        taken += 1
    return len(lines)


def _marker(line: str, mode: Part) -> tuple[Part | None, str | None]:
    """The part a line opens, if it opens one, given the part the reader is in."""
    if _ANNEX.match(line):
        return Part.HEADING, "LAMPIRAN"
    if mode is Part.ELUCIDATION:
        return None, None
    if _ELUCIDATION.match(line):
        return Part.ELUCIDATION, None
    if _CLOSING.match(line):
        return Part.CLOSING, None
    if mode is Part.CLOSING:
        return None, None
    if _PREAMBLE.match(line) and mode is Part.PREAMBLE:
        return Part.PREAMBLE, None
    if _PASAL.match(line):
        return Part.ARTICLE, " ".join(line.split()).title()
    if _DIKTUM.match(line) and mode is not Part.TEXT:
        return Part.ARTICLE, "Diktum " + line.split()[0].rstrip(":.")
    if _BAB.match(line) or _SECTION.match(line):
        return Part.HEADING, " ".join(line.split())
    return None, None


def _segments(block: _Block, text: str) -> list[Segment]:
    if block.part is Part.ARTICLE:
        return _article_units(block, text)
    if block.part is Part.TEXT:
        return _sentences(block, text)
    lead_end = block.end if block.part is Part.HEADING else _lead_end(text, block.start, block.end)
    return [Segment(block.part, block.start, block.end, lead_end, block.label)]


def _article_units(block: _Block, text: str) -> list[Segment]:
    body_start = block.start
    first_line_end = text.find("\n", block.start, block.end)
    first_line = text[block.start : block.end if first_line_end == -1 else first_line_end]
    if _PASAL.match(first_line):
        body_start = block.end if first_line_end == -1 else first_line_end + 1
    else:
        diktum = _DIKTUM.match(text[block.start : block.end])
        body_start = block.start + (diktum.end() if diktum else 0)
    body = text[body_start : block.end]
    part = Part.DEFINITIONS if _DEFINITIONS.search(body[:400]) else Part.ARTICLE
    cuts = [body_start]
    offset = body_start
    # After a line ending in ":" the "(1)", "(2)" lines are the items of an enumeration, not
    # ayat, until an item closes with a full stop.
    enumerating = False
    for line in body.split("\n"):
        if offset != body_start and _AYAT.match(line) and not enumerating:
            cuts.append(offset)
        stripped = line.rstrip()
        if stripped.endswith(":"):
            enumerating = True
        elif stripped.endswith(".") and enumerating:
            enumerating = False
        offset += len(line) + 1
    cuts.append(block.end)
    units = []
    for number, (start, end) in enumerate(itertools.pairwise(cuts)):
        if not text[start:end].strip():
            continue
        marker = _AYAT.match(text[start:end])
        lead_from = start + (marker.end() if marker else 0)
        label = block.label if len(cuts) == 2 else f"{block.label} ayat ({number + 1})"
        units.append(Segment(part, start, end, _lead_end(text, lead_from, end), label))
    return units


def _sentences(block: _Block, text: str) -> list[Segment]:
    """Running text split into sentences; each table row (cells split by tabs) is one."""
    units = []
    start = block.start
    for row in _TABLE_ROW.finditer(text, block.start, block.end):
        units += _split_sentences(text, start, row.start(), block.label)
        units.append(_sentence(text, row.start(), row.end(), block.label))
        start = row.end()
    units += _split_sentences(text, start, block.end, block.label)
    return [unit for unit in units if text[unit.start : unit.end].strip(" \n\t.;:")]


def _split_sentences(text: str, start: int, end: int, label: str | None) -> list[Segment]:
    units = []
    for match in _SENTENCE_END.finditer(text, start, end):
        units.append(_sentence(text, start, match.end(), label))
        start = match.end()
    units.append(_sentence(text, start, end, label))
    return units


def _sentence(text: str, start: int, end: int, label: str | None) -> Segment:
    part = Part.DEFINITIONS if _DEFINITIONS.search(text, start, end) else Part.TEXT
    return Segment(part, start, end, min(end, start + LEAD_LIMIT), label)


def _lead_end(text: str, start: int, end: int) -> int:
    match = _LEAD_END.search(text, start, min(end, start + LEAD_LIMIT))
    return match.end() if match else min(end, start + LEAD_LIMIT)
