"""Rendered charts are deterministic: the same input gives the same SVG, so it is cached.

Keyed by a hash of the chart's input and the active language, in Django's cache (in-process by
default; a shared cache when one is configured), so a page pays once for the 60–120 ms of CPU
a chart costs in matplotlib (docs/performance.md, "Charts").
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.core.cache import cache
from django.utils import translation

from spbe.charts import Chart

ONE_DAY = 24 * 60 * 60
# Raised whenever the drawing code changes what a chart's SVG holds, so that a shared cache
# never serves a drawing of the older code after an upgrade (2: margins computed, no
# constrained layout, bars as one collection, no empty groups).
DRAWING_VERSION = 2


def cached_svg(kind: str, data: object, render: Callable[[], Chart]) -> str:
    digest = hashlib.sha256(
        f"{DRAWING_VERSION}|{kind}|{translation.get_language()}|{data!r}".encode()
    ).hexdigest()
    key = f"spbe:chart:{digest}"
    svg = cache.get(key)
    if svg is None:
        svg = render().svg()
        cache.set(key, svg, ONE_DAY)
    return svg
