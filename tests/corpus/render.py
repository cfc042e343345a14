"""Writing composed paragraphs as a born-digital PDF (WeasyPrint), a scanned PDF (pages drawn
at 150–200 dpi, degraded with Pillow the way an office scanner degrades paper: grey, blurred,
noisy, slightly skewed, JPEG-compressed, without a text layer) and a DOCX (python-docx)."""

from __future__ import annotations

import ctypes
import html
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.corpus.compose import Paragraph

# The C library, whose rand() Pillow's effect_noise draws from.
_LIBC = ctypes.CDLL(None)
A4_INCHES = (8.27, 11.69)
FONT_FILES = (
    "/usr/share/fonts/truetype/liberation/LiberationSerif-{}.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif{}.ttf",
)
_CSS = """
@page { size: A4; margin: 2.2cm 2.5cm; }
body { font-family: 'Liberation Serif', 'DejaVu Serif', serif; font-size: 11.5pt; }
p { margin: 0 0 0.35em 0; line-height: 1.3; }
.title, .center { text-align: center; }
.title { font-weight: bold; }
.item { margin-left: 1.2cm; }
.sign { margin-left: 55%; margin-bottom: 0; }
table { border-collapse: collapse; margin: 0 0 0.5em 0; width: 100%; }
td { border: 0.5pt solid black; padding: 0 3pt; vertical-align: top; line-height: 1.2; }
"""


def _groups(paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    """Paragraphs one by one, except that consecutive table rows form one group."""
    groups: list[list[Paragraph]] = []
    for paragraph in paragraphs:
        if paragraph.style == "row" and groups and groups[-1][0].style == "row":
            groups[-1].append(paragraph)
        else:
            groups.append([paragraph])
    return groups


def _printed(paragraph: Paragraph) -> str:
    return f"{paragraph.marker} {paragraph.text}" if paragraph.marker else paragraph.text


def _html(group: list[Paragraph]) -> str:
    if group[0].style != "row":
        return f'<p class="{group[0].style}">{html.escape(_printed(group[0]))}</p>'
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row.cells) + "</tr>"
        for row in group
    )
    return f"<table>{rows}</table>"


def write_text_pdf(paragraphs: list[Paragraph], path: Path) -> None:
    """A PDF with a text layer, as exported from a word processor."""
    from weasyprint import HTML

    body = "\n".join(_html(group) for group in _groups(paragraphs))
    document = f"<html><head><style>{_CSS}</style></head><body>{body}</body></html>"
    HTML(string=document).write_pdf(path)


def write_docx(paragraphs: list[Paragraph], path: Path) -> None:
    """A DOCX as an agency's drafting office would keep it."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    from tests.textanalysis.word_lists import add_list, numbered

    document = Document()
    lists: dict[str, int] = {}
    for group in _groups(paragraphs):
        if group[0].style == "row":
            table = document.add_table(rows=len(group), cols=len(group[0].cells))
            table.style = "Table Grid"
            for row, paragraph in zip(table.rows, group, strict=True):
                for cell, text in zip(row.cells, paragraph.cells, strict=True):
                    cell.text = text
            continue
        paragraph = group[0]
        written = document.add_paragraph()
        if paragraph.marker:
            # Real Word numbering: the marker is drawn by Word, not typed into the text.
            kind = _LIST_FORMATS[_marker_kind(paragraph.marker)]
            if paragraph.marker in _FIRST_MARKERS or kind not in lists:
                lists[kind] = add_list(document, [_LIST_LEVELS[kind]])
            numbered(written, lists[kind])
        run = written.add_run(paragraph.text)
        if paragraph.style in ("title", "center"):
            written.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = paragraph.style == "title"
        elif paragraph.style == "item":
            written.paragraph_format.left_indent = Cm(1.2)
        elif paragraph.style == "sign":
            written.paragraph_format.left_indent = Cm(9)
    document.save(str(path))


_LIST_FORMATS = {
    "a.": "letter",
    "1.": "decimal",
    "1)": "paren",
    "•": "bullet",
    "(1)": "parens",
    "a)": "letter_paren",
    "-": "dash",
}
_LIST_LEVELS = {
    "letter": ("lowerLetter", "%1."),
    "decimal": ("decimal", "%1."),
    "paren": ("decimal", "%1)"),
    "bullet": ("bullet", "\uf0b7"),
    "parens": ("decimal", "(%1)"),
    "letter_paren": ("lowerLetter", "%1)"),
    "dash": ("bullet", "-"),
}
# The first item's marker of each kind: it starts a new list.
_FIRST_MARKERS = ("a.", "1.", "1)", "•", "(1)", "a)", "-")


def _marker_kind(marker: str) -> str:
    if marker in ("•", "-"):
        return marker
    if marker.startswith("(") and marker[1:-1].isdigit():
        return "(1)"
    if marker[:-1].isdigit():
        return "1" + marker[-1]
    return "a" + marker[-1]


def write_scanned_pdf(paragraphs: list[Paragraph], path: Path, *, seed: int) -> int:
    """A PDF of page images only, as a scanner makes it; returns the resolution used."""
    rng = random.Random(seed)
    dpi = rng.choice((150, 175, 200))
    pages = [_degrade(page, rng, dpi) for page in _draw_pages(paragraphs, dpi)]
    first, *rest = pages
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest, quality=75)
    return dpi


def _font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A serif face as regulations are printed in; Pillow's own font where none is installed."""
    for pattern, weight in zip(FONT_FILES, (("Regular", "Bold"), ("", "-Bold")), strict=True):
        candidate = Path(pattern.format(weight[bold]))
        if candidate.exists():
            return ImageFont.truetype(str(candidate), size)
    return ImageFont.load_default(size)


def _draw_pages(paragraphs: list[Paragraph], dpi: int) -> list[Image.Image]:
    width, height = round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi)
    margin_x, margin_y = round(dpi * 1.0), round(dpi * 0.9)
    size = round(11.5 / 72 * dpi)
    regular, bold = _font(size), _font(size, bold=True)
    line_height = round(16 / 72 * dpi)
    pages: list[Image.Image] = []
    draw, y = _new_page(width, height, pages)
    for paragraph in paragraphs:
        font = bold if paragraph.style == "title" else regular
        if paragraph.style == "row":
            # A table row: each cell wrapped in its column, top-aligned, as Word prints it.
            columns = _columns(paragraph.cells, margin_x, width - margin_x)
            wrapped = [
                _wrap(cell, font, right - left - round(dpi * 0.08))
                for cell, (left, right) in zip(paragraph.cells, columns, strict=True)
            ]
            rows = max((len(lines) for lines in wrapped), default=1)
            if y + rows * line_height > height - margin_y:
                draw, y = _new_page(width, height, pages)
            for lines, (left, _right) in zip(wrapped, columns, strict=True):
                for number, line in enumerate(lines):
                    draw.text((left, y + number * line_height), line, fill=20, font=font)
            y += rows * line_height + round(line_height * 0.3)
            continue
        left = margin_x + {"item": round(dpi * 0.47), "sign": round(width * 0.5)}.get(
            paragraph.style, 0
        )
        lines = _wrap(_printed(paragraph), font, width - margin_x - left)
        for line in lines:
            if y + line_height > height - margin_y:
                draw, y = _new_page(width, height, pages)
            x = left
            if paragraph.style in ("title", "center"):
                x = round((width - font.getlength(line)) / 2)
            draw.text((x, y), line, fill=20, font=font)
            y += line_height
        y += round(line_height * 0.3)
    return pages


def _columns(cells: tuple[str, ...], left: int, right: int) -> list[tuple[int, int]]:
    """Column bounds: a narrow first column for the number, the rest shared equally."""
    room = right - left
    first = room // 10 if len(cells) > 1 else room
    rest = (room - first) // max(len(cells) - 1, 1)
    bounds = [(left, left + first)]
    for index in range(1, len(cells)):
        start = left + first + (index - 1) * rest
        bounds.append((start, start + rest))
    return bounds


def _new_page(width: int, height: int, pages: list[Image.Image]) -> tuple[ImageDraw.ImageDraw, int]:
    page = Image.new("L", (width, height), 255)
    pages.append(page)
    return ImageDraw.Draw(page), round(height * 0.077)


def _wrap(text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, room: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and font.getlength(candidate) > room:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


def _degrade(page: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    """Blur, skew by up to 1.5 degrees, add sensor noise and dust, lighten like a photocopy."""
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    skew = rng.uniform(0.4, 1.5) * rng.choice((-1, 1))
    page = page.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=250)
    sigma = rng.uniform(14, 24)
    # Pillow draws the noise from the C library's rand(), whose state is the whole process's:
    # seeded from the page's own generator, a scan is the same whatever ran before it.
    _LIBC.srand(rng.randrange(1, 2**31))
    grain = Image.effect_noise(page.size, sigma)
    page = Image.blend(page, grain, 0.18)
    pixels = page.load()
    assert pixels is not None
    width, height = page.size
    for _ in range(width * height // 700):
        pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((30, 120, 255))
    return page.point(lambda value: min(255, value + 18))
