"""Word's list numbering, rendered into the text the way Word shows it ("a.", "1)", "•").

A numbered or bulleted paragraph in a DOCX does not hold its marker: the paragraph (or its
style) names a list (``w:numPr``: ``w:numId`` and level ``w:ilvl``), and ``numbering.xml``
says how each level of that list is drawn (``w:numFmt``, ``w:lvlText`` such as ``"%1."``,
``w:start``). Without the marker, "Peta Rencana SPBE memuat: a. …; b. …" reads as loose
lines, so the marker is computed here and put before the paragraph's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Bullets drawn with the Symbol or Wingdings fonts are stored as private-use characters.
_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "o": "◦", "": "•"}
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int


@dataclass
class ListNumbering:
    """The lists of one document and the counters of the paragraphs read so far."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId → ilvl → level
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId → (numId, ilvl)
    counters: dict[str, list[int]] = field(default_factory=dict)

    def marker(self, paragraph: etree._Element) -> str:
        """The marker Word draws before ``paragraph`` ("a. ", "1) ", "• "), or "" if it is
        not a list paragraph; advances that list's counter."""
        reference = self._reference(paragraph)
        if reference is None:
            return ""
        num_id, ilvl = reference
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counts = self.counters.setdefault(num_id, [0] * 9)
        counts[ilvl] += 1
        for lower in range(ilvl + 1, len(counts)):
            counts[lower] = 0
        level = levels[ilvl]
        if level.fmt == "bullet":
            return _BULLETS.get(level.text, level.text) + " "
        if level.fmt == "none":
            return ""
        text = level.text
        for depth in range(ilvl, -1, -1):
            shown = levels.get(depth, level)
            value = shown.start + max(counts[depth], 1) - 1
            text = text.replace(f"%{depth + 1}", _format(value, shown.fmt))
        return f"{text} " if text else ""

    def _reference(self, paragraph: etree._Element) -> tuple[str, int] | None:
        properties = paragraph.find(f"{_W}pPr")
        if properties is None:
            return None
        numbering = properties.find(f"{_W}numPr")
        style = properties.find(f"{_W}pStyle")
        inherited = self.styles.get(style.get(f"{_W}val", "")) if style is not None else None
        if numbering is None:
            return inherited
        num_id = _value(numbering.find(f"{_W}numId"))
        ilvl = _value(numbering.find(f"{_W}ilvl"))
        if num_id is None:
            return inherited
        if num_id == "0":  # numbering switched off for this paragraph
            return None
        return num_id, int(ilvl) if ilvl else (inherited[1] if inherited else 0)


def read_numbering(
    numbering: etree._Element | None, styles: etree._Element | None
) -> ListNumbering:
    """The lists defined in ``numbering.xml`` and the list styles of ``styles.xml`` (either
    may be missing)."""
    lists = ListNumbering()
    if numbering is None:
        return lists
    abstract: dict[str, dict[int, _Level]] = {}
    for definition in numbering.iter(f"{_W}abstractNum"):
        abstract[definition.get(f"{_W}abstractNumId", "")] = _levels(definition)
    for instance in numbering.iter(f"{_W}num"):
        base = _value(instance.find(f"{_W}abstractNumId")) or ""
        levels = dict(abstract.get(base, {}))
        for override in instance.iter(f"{_W}lvlOverride"):
            ilvl = int(override.get(f"{_W}ilvl", "0"))
            replaced = override.find(f"{_W}lvl")
            if replaced is not None:
                levels.update(_levels(override))
            start = _value(override.find(f"{_W}startOverride"))
            if start is not None and ilvl in levels:
                old = levels[ilvl]
                levels[ilvl] = _Level(old.fmt, old.text, int(start))
        lists.levels[instance.get(f"{_W}numId", "")] = levels
    if styles is not None:
        lists.styles = _list_styles(styles)
    return lists


def _levels(parent: etree._Element) -> dict[int, _Level]:
    out = {}
    for level in parent.findall(f"{_W}lvl"):
        fmt = _value(level.find(f"{_W}numFmt")) or "decimal"
        text = _value(level.find(f"{_W}lvlText"))
        start = _value(level.find(f"{_W}start"))
        out[int(level.get(f"{_W}ilvl", "0"))] = _Level(
            fmt, "" if text is None else text, int(start) if start else 1
        )
    return out


def _list_styles(styles: etree._Element) -> dict[str, tuple[str, int]]:
    """Each paragraph style's list, following ``w:basedOn`` to the style that names it."""
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for style in styles.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId", "")
        parent = _value(style.find(f"{_W}basedOn"))
        if parent:
            based[style_id] = parent
        numbering = style.find(f"{_W}pPr/{_W}numPr")
        if numbering is not None:
            ilvl = _value(numbering.find(f"{_W}ilvl"))
            own[style_id] = (_value(numbering.find(f"{_W}numId")), int(ilvl) if ilvl else None)
    out: dict[str, tuple[str, int]] = {}
    for style_id in set(own) | set(based):
        current: str | None = style_id
        seen: set[str] = set()
        while current and current not in own and current not in seen:
            seen.add(current)
            current = based.get(current)
        if current in own:
            list_id, list_level = own[current]
            if list_id and list_id != "0":
                out[style_id] = (list_id, list_level or 0)
    return out


def _value(element: etree._Element | None) -> str | None:
    return None if element is None else element.get(f"{_W}val")


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        number = value
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        number = value
        for size, digits in _ROMAN:
            while number >= size:
                roman += digits
                number -= size
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
