"""Keys of the planning page's fragments whose HTML is a pure function of what they show.

The curve's table (≈1,000 rows), the what-if values (47 indicators with their criteria and
level choices) and the step costs table (≈280 form fields) took most of the page's time to
render, and they change only when the evaluation's values or costs do. Each is cached with
Django's ``{% cache %}`` tag under a digest of its inputs and the active language, so a claim,
a review or a cost change gives a new key and nothing has to be invalidated (as the curve
itself, ``spbe.planning.curve_cache``). No fragment holds a CSRF token or anything of the user.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from spbe.core import fragment_keys
from spbe.evaluations.models import Assessment
from spbe.planner.gap import GapReport

# Raised when a fragment's markup or wording changes, so that no cached HTML of the old
# template is served by a shared cache after a deployment.
FRAGMENTS_VERSION = 3


def fragment_key(kind: str, data: object) -> str:
    """A digest of ``data``'s ``repr`` (plain values and frozen dataclasses), the fragment's
    kind and the active language (``spbe.core.fragment_keys``)."""
    return fragment_keys.fragment_key(kind, data, version=FRAGMENTS_VERSION)


def plan_tables_key(front_key: str, target: Decimal, assessments: Iterable[Assessment]) -> str:
    """The gap's table and the plan's summary and steps show the gap and the plan, which the
    curve's inputs (named by ``front_key``) and the target as typed fix, and each step's
    indicator name and lead unit."""
    names = tuple(
        (a.indicator.number, a.indicator.name, a.lead_unit.short_name if a.lead_unit else None)
        for a in assessments
    )
    return fragment_key("plan-tables", (front_key, str(target), names))


def curve_table_key(front_key: str) -> str:
    """The curve's table depends on the curve alone, named by its inputs' digest."""
    return fragment_key("curve-table", front_key)


def whatif_values_key(gap: GapReport, integer_only: bool, level_options: list[int]) -> str:
    """The what-if table shows each indicator's gap row and, for a whole-level scale, the
    levels to choose from."""
    return fragment_key("whatif-values", (gap.indicators, integer_only, level_options))


def costs_table_key(
    revision_key: str,
    stored: Mapping[str, Any],
    version: int,
    placeholders: Mapping[int, Mapping[int, Any]],
) -> str:
    """The unbound step costs table shows the stored costs file and its version over the
    revision's indicators (``revision_key`` names the revision's content), with the
    library's or the file's default cost as each empty cell's placeholder."""
    placeholders_ = sorted((n, sorted(levels.items())) for n, levels in placeholders.items())
    stored_text = json.dumps(stored, sort_keys=True, ensure_ascii=False)
    return fragment_key("costs-table", (revision_key, stored_text, version, placeholders_))
