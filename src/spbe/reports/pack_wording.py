"""The sentences the interview pack's PDF and Word document share, in the active language."""

from __future__ import annotations

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from spbe.reports.pack_data import InterviewPack, PackEvidence, PackIndicator, PackItem
from spbe.scoring.items import ItemStatus
from spbe.textanalysis.page_refs import page_range_phrase


def pack_title() -> str:
    return _("Interview pack")


def pack_notice(pack: InterviewPack) -> str:
    """What the reader must know before trusting the pack: illustrative data, or nothing to do."""
    if pack.illustrative:
        return _("The assessors' verdicts in this evaluation are illustrative (demo data).")
    return ""


def counts_line(pack: InterviewPack) -> str:
    return ngettext(
        "%(count)s item to discuss, %(answered)s answered.",
        "%(count)s items to discuss, %(answered)s answered.",
        pack.item_count,
    ) % {"count": pack.item_count, "answered": pack.answered_count}


def untouched_line(indicator: PackIndicator) -> str:
    """The items rejected automatically that nobody started, grouped by the item blocking them."""
    if not indicator.untouched:
        return ""
    by_blocker: dict[str, list[str]] = {}
    for code, blocker in indicator.untouched:
        by_blocker.setdefault(blocker, []).append(code)
    groups = "; ".join(
        _("%(codes)s (item %(blocker)s is not accepted yet)")
        % {"codes": ", ".join(codes), "blocker": blocker}
        for blocker, codes in by_blocker.items()
    )
    return _("Also ditolak otomatis, not started: %(groups)s.") % {"groups": groups}


def status_line(item: PackItem) -> str:
    """The item's status as the portal shows it, with the blocking item when rejected by rule."""
    if item.status is ItemStatus.AUTO_REJECTED and item.blocked_by:
        return _("%(status)s: item %(blocker)s below it is not accepted yet") % {
            "status": item.status.label,
            "blocker": item.blocked_by,
        }
    return item.status.label


def answer_line(item: PackItem) -> str:
    """Our answer: the sanggah, the promise to supply the evidence, or that none is written."""
    if item.objection:
        return item.objection
    if item.promised_on is not None:
        return _("To be supplied (akan disusulkan) by %(date)s") % {
            "date": formats.date_format(item.promised_on, "DATE_FORMAT")
        }
    return _("No answer written yet.")


def evidence_line(found: PackEvidence) -> str:
    text = found.title
    if found.version is not None:
        text += " · " + _("version %(number)s") % {"number": found.version}
    pages = page_range_phrase(found.pages)
    if pages:
        text += f" · {pages}"
    if found.new_at_interview:
        text += " · " + _("new, for the interview")
    return text
