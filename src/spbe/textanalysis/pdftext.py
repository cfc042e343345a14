"""PDF pages: the text layer (pdfminer.six), whether a page is a scan, and rendering for OCR."""

from __future__ import annotations

import math
import re
import struct
import subprocess
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from pdfminer.high_level import extract_pages as pdfminer_pages
from pdfminer.layout import LAParams, LTComponent, LTContainer, LTImage, LTPage, LTTextContainer
from pdfminer.psexceptions import PSException

from spbe.textanalysis.errors import Deadline, ExtractionFailed, last_line, reason_of
from spbe.textanalysis.pdf_tables import texts_in_rows

MAX_PAGES: Final = 2000
# A page is a scan when its text layer is (almost) empty and it shows an image, or when an
# image covers most of it and the text layer holds no more than a stamped line or two (the
# "ditandatangani secara elektronik" footer added on top of a scanned letter).
MIN_TEXT_CHARS: Final = 20
FOOTER_TEXT_CHARS: Final = 400
MOSTLY_IMAGE: Final = 0.5
# Scans are rendered back at the resolution they were scanned at. In our measurements on noisy
# 100–200 dpi scans, any upscaling (to 150, 200 or 300 dpi) lost 3–9 points of word accuracy
# and cost 20–60 % more OCR time. Pages without a scan, and very fine scans, get 300 dpi.
MIN_RENDER_DPI: Final = 72
MAX_RENDER_DPI: Final = 300
# A hostile page size (a 5-metre "page") must not make pdftoppm allocate gigabytes.
MAX_RENDER_PIXELS: Final = 50_000_000
RENDER_TIMEOUT: Final = 120.0

_CID = re.compile(r"\(cid:\d+\)")
_LAYOUT = LAParams(all_texts=True)
_PDFMINER_ERRORS: Final = (
    PSException,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    AssertionError,
    RecursionError,
    OverflowError,
    ZeroDivisionError,
    OSError,
    zlib.error,
    struct.error,
)


@dataclass(frozen=True)
class PdfPage:
    """What the text layer of one page says, and how much of the page is pictures."""

    number: int
    text: str
    width_pt: float
    height_pt: float
    image_coverage: float
    image_dpi: float | None

    @property
    def readable_chars(self) -> int:
        """Non-space characters, not counting glyphs that have no Unicode meaning."""
        return count_readable(self.text)

    @property
    def garbled_glyphs(self) -> int:
        """Glyphs pdfminer could only print as ``(cid:N)``: a font without a Unicode map."""
        return len(_CID.findall(self.text))

    def looks_scanned(self) -> bool:
        """Whether this page should be read by OCR rather than from its text layer."""
        return looks_scanned(
            readable_chars=self.readable_chars,
            garbled_glyphs=self.garbled_glyphs,
            image_coverage=self.image_coverage,
        )

    def render_dpi(self) -> int:
        """The resolution to render this page at for OCR (see the constants above)."""
        dpi = round(self.image_dpi) if self.image_dpi else MAX_RENDER_DPI
        dpi = min(max(dpi, MIN_RENDER_DPI), MAX_RENDER_DPI)
        square_inches = max(self.width_pt / 72 * self.height_pt / 72, 1e-6)
        return max(1, min(dpi, math.floor(math.sqrt(MAX_RENDER_PIXELS / square_inches))))


def looks_scanned(*, readable_chars: int, garbled_glyphs: int, image_coverage: float) -> bool:
    """Decide from a page's text layer and images whether the page is a scan to OCR."""
    if garbled_glyphs > readable_chars:
        return True
    if image_coverage <= 0:
        return False
    if readable_chars < MIN_TEXT_CHARS:
        return True
    return image_coverage >= MOSTLY_IMAGE and readable_chars < FOOTER_TEXT_CHARS


def count_readable(text: str) -> int:
    """Non-space characters of ``text`` once ``(cid:N)`` placeholders are removed."""
    return sum(not char.isspace() for char in _CID.sub("", text))


def read_pages(path: Path, *, deadline: Deadline) -> Iterator[PdfPage]:
    """Yield the text layer of each page in order; raise ExtractionFailed if unreadable."""
    layouts = pdfminer_pages(path, laparams=_LAYOUT, maxpages=MAX_PAGES + 1)
    number = 0
    try:
        for layout in layouts:
            number += 1
            if number > MAX_PAGES:
                raise ExtractionFailed("too_many_pages", limit=MAX_PAGES)
            deadline.check("reading the PDF", page=number)
            yield _page(number, layout)
    except _PDFMINER_ERRORS as error:
        raise ExtractionFailed(
            "unreadable", kind="pdf", reason=reason_of(error), page=number
        ) from error


def render_page(path: Path, number: int, *, dpi: int, directory: Path) -> Path:
    """Render one page to a grey PGM image with pdftoppm; return the image's path."""
    prefix = directory / f"page-{number}"
    command = ["pdftoppm", "-f", str(number), "-l", str(number), "-r", str(dpi), "-gray"]
    try:
        finished = subprocess.run(
            [*command, "-singlefile", str(path), str(prefix)],
            capture_output=True,
            timeout=RENDER_TIMEOUT,
            check=False,
        )
    except FileNotFoundError as error:
        raise ExtractionFailed(
            "render_failed", reason="pdftoppm (poppler-utils) is not installed", page=number
        ) from error
    except subprocess.TimeoutExpired as error:
        raise ExtractionFailed(
            "timeout", step="rendering for OCR", seconds=RENDER_TIMEOUT, page=number
        ) from error
    image = prefix.with_suffix(".pgm")
    if finished.returncode != 0 or not image.exists():
        reason = last_line(finished.stderr, fallback=f"exit {finished.returncode}")
        raise ExtractionFailed("render_failed", reason=reason, page=number)
    return image


def _page(number: int, layout: LTPage) -> PdfPage:
    boxes: list[LTTextContainer[Any]] = []
    images: list[LTImage] = []
    _collect(layout, boxes, images)
    # pdfminer orders boxes by its own grouping, which can put a short left-aligned line (a
    # first ayat "(1) … memuat:") before the centred "Pasal 3" above it; read top to bottom.
    # The sort is stable, so boxes at one height keep pdfminer's order (and side-by-side
    # boxes are regrouped into rows below).
    boxes.sort(key=lambda box: -box.y1)
    texts = texts_in_rows(boxes, page_width=layout.width)
    page_area = max(layout.width * layout.height, 1.0)
    covered = sum(_clipped_area(image, layout) for image in images)
    largest = max(images, key=lambda image: image.width * image.height, default=None)
    return PdfPage(
        number=number,
        text="\n".join(texts),
        width_pt=layout.width,
        height_pt=layout.height,
        image_coverage=min(covered / page_area, 1.0),
        image_dpi=_dpi(largest) if largest is not None else None,
    )


def _collect(
    container: LTContainer[LTComponent],
    boxes: list[LTTextContainer[Any]],
    images: list[LTImage],
) -> None:
    for item in container:
        if isinstance(item, LTTextContainer):
            boxes.append(item)
        elif isinstance(item, LTImage):
            images.append(item)
        elif isinstance(item, LTContainer):
            _collect(item, boxes, images)


def _clipped_area(image: LTImage, page: LTPage) -> float:
    width = min(image.x1, page.x1) - max(image.x0, page.x0)
    height = min(image.y1, page.y1) - max(image.y0, page.y0)
    return max(width, 0.0) * max(height, 0.0)


def _dpi(image: LTImage) -> float | None:
    # Pixels per inch over the area rather than the width, so that a page scanned sideways and
    # turned with /Rotate (its width then holds the image's height) gives the same answer.
    size = image.srcsize or (None, None)
    if not all(isinstance(pixels, int | float) and pixels > 0 for pixels in size):
        return None
    square_inches = image.width / 72 * image.height / 72
    if square_inches <= 0:
        return None
    return math.sqrt(float(size[0]) * float(size[1]) / square_inches)
