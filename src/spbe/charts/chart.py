"""A drawn chart and its two outputs: SVG for pages and the PDF, PNG for slides.

Matplotlib is used through ``matplotlib.figure.Figure`` only, never pyplot, so no figure is
registered globally. Its style, though, lives in the process-wide ``rcParams`` and is read both
while artists are created and while the file is written; a lock therefore holds the style for
the whole of one rendering, so that two requests in two threads cannot see each other's
settings. A chart takes tens of milliseconds, so the lock costs little.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

from spbe.charts.style import RC

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.typing import RcKeyType

_RENDER_LOCK = threading.Lock()

# Matplotlib numbers the groups it writes ("figure_1", "patch_3"); nothing refers to them, and
# two charts inlined in one page would repeat them, so they are dropped.
_GROUP_ID = re.compile(r'<g id="[^"]*"')
# With its id gone, most of matplotlib's groups carry nothing (one per artist, one per tick, one
# around each tick's mark); they are unwrapped, which halves a chart's nodes for WeasyPrint.
_GROUP_TAG = re.compile(r"[ \t]*<g>\n|[ \t]*</g>\n|<g[ >]|</g>")
_PROLOGUE = re.compile(r"\A<\?xml[^>]*>\s*<!DOCTYPE[^>]*>\s*")
_GLOBAL_STYLE = '<style type="text/css">*{'
_SCOPED_STYLE = '<style type="text/css">.spbe-chart *{'

# Without these the SVG carries the creation time and the PNG the matplotlib version.
_SVG_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}
_PNG_METADATA = {"Software": None}

Draw = Callable[["Figure"], None]


@contextmanager
def _rendering(salt: str) -> Iterator[None]:
    # Matplotlib (a third of a second to import) is loaded by the first chart drawn, not by
    # every process that imports a view: a worker that never draws never pays for it.
    import matplotlib

    settings: dict[RcKeyType, Any] = {**RC, "svg.hashsalt": salt}
    with _RENDER_LOCK, matplotlib.rc_context(settings):
        yield


@dataclass(frozen=True)
class Chart:
    """A chart ready to render; each call draws a fresh figure, so a Chart may be shared.

    ``title`` is the accessible name written into the SVG's ``<title>``; ``width`` and
    ``height`` are the natural size in inches.
    """

    title: str
    width: float
    height: float
    draw: Draw

    def _figure(self) -> Figure:
        from matplotlib.figure import Figure

        figure = Figure(figsize=(self.width, self.height), facecolor="white")
        self.draw(figure)
        return figure

    def svg(self) -> str:
        """A self-contained ``<svg>`` element; the same input gives the same text byte for byte.

        Text stays text (``svg.fonttype = none``) in DejaVu Sans with sans-serif fallbacks, so
        it can be selected, searched, read aloud and rendered by browsers and WeasyPrint alike.
        """
        buffer = io.StringIO()
        with _rendering(self.title):
            self._figure().savefig(buffer, format="svg", metadata=_SVG_METADATA)
        return _clean_svg(buffer.getvalue(), self.title)

    def png(self, dpi: int = 200) -> bytes:
        """The chart as a PNG image at ``dpi`` dots per inch, for slides."""
        buffer = io.BytesIO()
        with _rendering(self.title):
            self._figure().savefig(buffer, format="png", dpi=dpi, metadata=_PNG_METADATA)
        return buffer.getvalue()


def _clean_svg(svg: str, title: str) -> str:
    """Make matplotlib's file an element fit to inline in HTML, named for assistive technology."""
    svg = _PROLOGUE.sub("", svg)
    svg = _unwrap_bare_groups(_GROUP_ID.sub("<g", svg))
    svg = svg.replace(_GLOBAL_STYLE, _SCOPED_STYLE, 1)
    opening_end = svg.index(">", svg.index("<svg")) + 1
    opening = svg[:opening_end].replace(
        "<svg ", f'<svg class="spbe-chart" role="img" aria-label={quoteattr(title)} ', 1
    )
    return f"{opening}\n <title>{escape(title)}</title>{svg[opening_end:]}"


def _unwrap_bare_groups(svg: str) -> str:
    """Drop each ``<g>`` without attributes and its closing tag, keeping what it holds.

    Matplotlib writes every tag of a group on its own line, so a bare group is a line ``<g>``;
    a group with attributes (a clip path, a transform) stays, with its closing tag.
    """
    bare: list[bool] = []

    def rewrite(tag: re.Match[str]) -> str:
        text = tag.group()
        if text.strip() == "<g>":
            bare.append(True)
            return ""
        if text.lstrip().startswith("</g>"):
            return "" if bare.pop() else text
        bare.append(False)
        return text

    return _GROUP_TAG.sub(rewrite, svg)
