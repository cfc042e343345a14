"""The stored pre-check of a link, as the indicator page shows it: up to the claimed level."""

from __future__ import annotations

import datetime
from typing import Any

from spbe.evidence.models import EvidenceLink
from spbe.evidence.precheck_wording import flag_message, kind_label
from spbe.evidence.signature_wording import signature_lines
from spbe.precheck.check import Flag


def precheck_for_page(link: EvidenceLink, claimed_level: int | None) -> dict[str, Any] | None:
    """The criteria of the claimed level (or the link's level) and below, and what is missing.

    The level just above what the document supports is shown too (up to the highest level the
    rules decide), so the unit sees what the document lacks for the next step.
    """
    result = link.precheck
    if not result:
        return None
    highest = result.get("highest_automatic_level") or 0
    supported = result.get("supported_level") or 0
    shown_level = min(
        max(claimed_level or link.level or 0, supported + 1), max(highest, claimed_level or 0)
    )
    criteria = result.get("criteria", [])
    if result.get("status") not in ("item", "no_rules"):
        criteria = [row for row in criteria if row["level"] <= shown_level]
    missing = list(dict.fromkeys(row["element"] for row in criteria if not row["found"]))
    flags = [
        flag_message(Flag(item["code"], {k: v for k, v in item.items() if k != "code"}))
        for item in result.get("flags", [])
    ]
    document = result["document"]
    return {
        **result,
        # Whether the check can say anything of the document without rules: its kind, number,
        # year, date, period or agency ("belum ada aturan otomatis" alone only if not).
        "facts_known": document.get("kind") not in (None, "lainnya")
        or any(document.get(key) for key in ("number", "year", "enacted_on", "period", "agency")),
        "criteria": criteria,
        "missing": missing,
        "shown_level": shown_level,
        "kind_label": kind_label(result["document"]["kind"]),
        "flag_messages": flags,
        "signature_lines": signature_lines(result.get("signatures")),
        "enacted_shown": bool(result["document"].get("enacted"))
        or result.get("digital_signature") == "valid",
        "enacted_on": _day(result["document"].get("enacted_on")),
    }


def _day(value: str | None) -> datetime.date | None:
    """A stored ISO day as a date (results stored before dates were read have none)."""
    return datetime.date.fromisoformat(value) if value else None
