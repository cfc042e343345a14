"""The agency's letterhead (kop surat) and logo, as every report format prints them."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from spbe.organizations.models import Agency
from spbe.reports.models import ReportSettings

logger = logging.getLogger(__name__)

_MEDIA_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg"}


@dataclass(frozen=True)
class Letterhead:
    lines: tuple[str, ...]
    logo: bytes | None = None
    logo_type: str = ""  # "image/png" or "image/jpeg"
    logo_size: tuple[int, int] = (0, 0)  # pixels, for the aspect ratio

    @property
    def logo_ratio(self) -> float:
        """Width over height; 1 when unknown."""
        width, height = self.logo_size
        return width / height if width and height else 1.0


def agency_letterhead(agency: Agency) -> Letterhead:
    """The agency's configured letterhead, or its name in capitals when none is set.

    A logo that cannot be read any more (file removed, not an image) is left out with a
    warning in the log: a missing logo must not stop a report.
    """
    settings = ReportSettings.objects.filter(agency=agency).first()
    lines = tuple(settings.letterhead_lines()) if settings else ()
    if not lines:
        lines = (agency.name.upper(),)
    if settings is None or not settings.logo:
        return Letterhead(lines)
    from PIL import Image, UnidentifiedImageError  # when a logo is read, not with the pages

    try:
        with settings.logo.open("rb") as handle:
            content = handle.read()
        with Image.open(io.BytesIO(content)) as image:
            kind, size = image.format, image.size
    except (OSError, UnidentifiedImageError, ValueError):
        logger.warning("The report logo of %s cannot be read; it is left out.", agency.slug)
        return Letterhead(lines)
    if kind not in _MEDIA_TYPES:
        logger.warning("The report logo of %s is %s, not PNG or JPEG.", agency.slug, kind)
        return Letterhead(lines)
    return Letterhead(lines, content, _MEDIA_TYPES[kind], size)
