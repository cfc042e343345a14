"""Reading text from page images with the Tesseract command-line program.

Settings were measured on fabricated 150–200 dpi scans with noise and 1–2° skew (see
docs/evidence-text.md and ``bench/ocr_bench.py``), not guessed:

* ``OMP_THREAD_LIMIT=1``: Tesseract's OpenMP threads made one page 5× slower on a 2-core
  server; one thread per page, with pages run side by side, is both faster and fairer.
* Page segmentation ``--psm 3`` (no orientation detection) costs the same as plain
  ``tesseract``; ``--psm 1`` (with orientation detection) costs about 28 % more, so it is
  only used to read a page again when the first reading has a low mean word confidence,
  which is what a page scanned sideways or upside down gives.
* TSV output gives word confidences at about 3 % extra cost.
* No image filtering: Tesseract binarises and deskews 1–2° by itself, a median filter gained
  little and cost about 20 % of the OCR time, and upscaling noisy scans made them worse.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol

from spbe.textanalysis.errors import ExtractionFailed, last_line

DEFAULT_LANGUAGE: Final = "ind"
_LANGUAGE = re.compile(r"^[A-Za-z_]{2,20}(\+[A-Za-z_]{2,20})*$")
_EXIF_ORIENTATION: Final = 0x0112
# Tesseract reads these modes directly; others (CMYK JPEG, 16-bit PNG) are converted first.
_TESSERACT_MODES: Final = frozenset({"1", "L", "LA", "P", "RGB", "RGBA"})


@dataclass(frozen=True)
class OcrResult:
    """The text read from one image and the mean confidence (0–100) of its words."""

    text: str
    confidence: float | None


class OcrEngine(Protocol):
    """Anything that can read the text of one page image."""

    def read(self, image: Path, *, language: str, dpi: int | None = None) -> OcrResult:
        """Read ``image``; raise :class:`ExtractionFailed` if it cannot."""
        ...


@dataclass(frozen=True)
class TesseractOcr:
    """Tesseract through its command-line program, one process per page.

    ``retry_below`` is the mean word confidence under which a page is read again with
    orientation detection; upright pages score about 90, a page upside down about 30.
    """

    command: str = "tesseract"
    timeout: float = 180.0
    psm: int = 3
    retry_psm: int = 1
    retry_below: float = 60.0
    threads: int = 1

    def read(self, image: Path, *, language: str, dpi: int | None = None) -> OcrResult:
        """Read ``image``, retrying with orientation detection when the result is poor."""
        first = self._run(image, language=language, dpi=dpi, psm=self.psm)
        if first.confidence is None or first.confidence >= self.retry_below:
            return first
        second = self._run(image, language=language, dpi=dpi, psm=self.retry_psm)
        return second if (second.confidence or 0) > first.confidence else first

    def _run(self, image: Path, *, language: str, dpi: int | None, psm: int) -> OcrResult:
        check_language(language)
        command = [self.command, str(image), "stdout", "-l", language, "--psm", str(psm)]
        if dpi:
            command += ["--dpi", str(dpi)]
        environment = {**os.environ, "OMP_THREAD_LIMIT": str(self.threads)}
        try:
            finished = subprocess.run(
                [*command, "tsv"],
                capture_output=True,
                timeout=self.timeout,
                env=environment,
                check=False,
            )
        except FileNotFoundError as error:
            raise ExtractionFailed("ocr_unavailable") from error
        except subprocess.TimeoutExpired as error:
            raise ExtractionFailed("timeout", step="OCR", seconds=self.timeout) from error
        if finished.returncode != 0:
            if b"Failed loading language" in finished.stderr:
                raise ExtractionFailed("ocr_language_missing", language=language)
            reason = last_line(finished.stderr, fallback=f"exit {finished.returncode}")
            raise ExtractionFailed("ocr_failed", reason=reason)
        return parse_tsv(finished.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> OcrResult:
    """Rebuild plain text (lines, blank line between paragraphs) from Tesseract's TSV output."""
    lines: list[str] = []
    words: list[str] = []
    confidences: list[float] = []
    current: tuple[str, ...] | None = None
    paragraph: tuple[str, ...] | None = None
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) < 12 or fields[0] != "5" or not fields[11].strip():
            continue
        line_key, paragraph_key = tuple(fields[1:5]), tuple(fields[1:4])
        if line_key != current:
            if words:
                lines.append(" ".join(words))
            if paragraph is not None and paragraph_key != paragraph:
                lines.append("")
            words, current, paragraph = [], line_key, paragraph_key
        words.append(fields[11].strip())
        confidences.append(float(fields[10]))
    if words:
        lines.append(" ".join(words))
    confidence = sum(confidences) / len(confidences) if confidences else None
    return OcrResult(text="\n".join(lines), confidence=confidence)


def prepare_photo(source: Path, directory: Path) -> Path:
    """Return an image Tesseract reads upright: ``source`` itself, or a corrected copy.

    Phones store photos sideways with an EXIF orientation tag that Tesseract ignores; such
    photos, and modes Tesseract does not read (CMYK, 16-bit), are rewritten as PNG in
    ``directory``. Every other image is passed on untouched, at no cost.
    """
    from PIL import Image, ImageOps

    with Image.open(source) as image:
        upright = image.getexif().get(_EXIF_ORIENTATION, 1) in (None, 1)
        if upright and image.mode in _TESSERACT_MODES:
            return source
        corrected = ImageOps.exif_transpose(image)
        if corrected.mode not in _TESSERACT_MODES:
            corrected = corrected.convert("RGB")
        target = directory / "upright.png"
        corrected.save(target, "PNG", compress_level=1)
        return target


def check_language(language: str) -> None:
    """Refuse a language code that is not of the form ``ind`` or ``ind+eng``."""
    if not _LANGUAGE.match(language):
        raise ExtractionFailed("ocr_language_missing", language=language)


@functools.cache
def tesseract_available(language: str = DEFAULT_LANGUAGE, command: str = "tesseract") -> bool:
    """Whether the Tesseract program and the model(s) for ``language`` are installed."""
    if not _LANGUAGE.match(language) or shutil.which(command) is None:
        return False
    try:
        listed = subprocess.run(
            [command, "--list-langs"], capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    installed = set(listed.stdout.decode("utf-8", "replace").split())
    return all(part in installed for part in language.split("+"))
