"""The pre-check's result in the user's language: flag messages, kind labels, the text table.

The pure ``spbe.precheck`` package returns codes; this module phrases them, for the
CLI and the web page alike.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from spbe.evidence.signature_wording import signature_lines
from spbe.precheck.check import CheckStatus, Flag, PrecheckResult


def kind_label(kind: str) -> str:
    """The label of a document kind code."""
    labels = {
        "perwali": _("Mayor regulation (Peraturan Wali Kota)"),
        "perbup": _("Regent regulation (Peraturan Bupati)"),
        "pergub": _("Governor regulation (Peraturan Gubernur)"),
        "permen": _("Ministerial regulation (Peraturan Menteri)"),
        "perda": _("Regional regulation (Peraturan Daerah)"),
        "keputusan": _("Decree (Keputusan)"),
        "sk": _("Decision letter (SK)"),
        "surat_edaran": _("Circular (Surat Edaran)"),
        "sop": _("Standard operating procedure (SOP)"),
        "laporan": _("Report (laporan)"),
        "notulen": _("Minutes (notulen)"),
        "rka": _("Work plan and budget (RKA)"),
        "dpa": _("Budget implementation document (DPA)"),
        "perjanjian": _("Agreement (MoU/PKS)"),
        "tangkapan_layar": _("Screenshot (tangkapan layar)"),
        "lainnya": _("Other"),
    }
    return labels.get(kind, kind)


# How documents name their kind in a sentence ("ini SK Tim Asesor"): official names, the
# same in every language.
SHORT_KIND_NAMES = {
    "perwali": "Perwali",
    "perbup": "Perbup",
    "pergub": "Pergub",
    "permen": "Peraturan Menteri",
    "perda": "Perda",
    "keputusan": "Keputusan",
    "sk": "SK",
    "surat_edaran": "Surat Edaran",
    "sop": "SOP",
    "laporan": "Laporan",
    "notulen": "Notulen",
    "rka": "RKA",
    "dpa": "DPA",
    "perjanjian": "MoU/PKS",
    "tangkapan_layar": "Tangkapan layar",
}


def _day(value: object) -> str:
    return date_format(datetime.date.fromisoformat(str(value)), "DATE_FORMAT")


def _dated_flag_message(flag: Flag) -> str | None:
    """The freshness and "wrong object" flags (see ``spbe.precheck.freshness``, ``.mismatch``)."""
    detail = flag.detail
    if flag.code == "outdated":
        return _(
            "The document (dated %(dated)s) is older than the %(months)s months allowed before "
            "the evaluation's reference day."
        ) % {"dated": _day(detail["dated"]), "months": detail["months"]}
    if flag.code == "period_ended":
        return _("The document's period (%(start)s–%(end)s) has ended.") % {
            "start": detail["start"],
            "end": detail["end"],
        }
    if flag.code == "expired":
        return _("The evidence expired on %(day)s.") % {"day": _day(detail["expires_on"])}
    if flag.code == "mismatch":
        kind = str(detail["document_kind"])
        document = " ".join(
            part
            for part in (SHORT_KIND_NAMES.get(kind, _("document")), detail["document_subject"])
            if part
        )
        return _("This is %(document)s; what is asked for is %(asked)s.") % {
            "document": document,
            "asked": detail["asked"],
        }
    if flag.code == "line_item_missing":
        return _("This %(kind)s does not contain the activity %(line_item)s.") % {
            "kind": SHORT_KIND_NAMES.get(str(detail["kind"]), str(detail["kind"])),
            "line_item": detail["line_item"],
        }
    return None


def flag_message(flag: Flag) -> str:
    """One sentence a person can act on."""
    detail = flag.detail
    dated = _dated_flag_message(flag)
    if dated is not None:
        return dated
    if flag.code == "draft":
        return _("The document is a draft (RANCANGAN/KONSEP/DRAF): it supports level 1 at most.")
    if flag.code == "not_enacted":
        return _(
            "No signature block (Ditetapkan di … pada tanggal …, signer and name) was found: "
            "the document is not shown to be enacted."
        )
    if flag.code == "kind_not_accepted":
        return _("A %(kind)s does not count from level %(level)s on.") % {
            "kind": kind_label(str(detail["kind"])),
            "level": detail["level"],
        }
    if flag.code == "unrelated":
        return _("The document is not about this indicator's subject: it supports level 0.")
    if flag.code == "subject_not_named":
        return _(
            "The document does not name this indicator's subject in its title or headings: "
            "a person should check that it is about it."
        )
    if flag.code == "other_agency":
        return _(
            "The document was issued by %(document_agency)s, not by %(agency)s: it supports "
            "level 0 for this agency."
        ) % {"document_agency": detail["document_agency"], "agency": detail["agency"]}
    if flag.code == "draft_item":
        return _("The document is a draft (RANCANGAN/KONSEP/DRAF), not the final document.")
    if flag.code == "other_agency_item":
        return _(
            "The document was issued by %(document_agency)s, not by the agency being evaluated."
        ) % {"document_agency": detail["document_agency"]}
    if flag.code == "agency_not_found":
        return _(
            "The issuing agency could not be read from the document; check it is %(agency)s."
        ) % {"agency": detail["agency"]}
    if flag.code == "needs_person":
        levels = ", ".join(str(level) for level in detail["levels"])
        return _(
            "Level(s) %(levels)s cannot be decided from one document: a person must judge."
        ) % {"levels": levels}
    if flag.code == "signature_invalid":
        return _(
            "The digital signature is not valid: it does not count as enactment; ask for the "
            "file as it was signed."
        )
    if flag.code == "no_text":
        return _("No text could be read from the document.")
    return flag.code


def status_message(result: PrecheckResult) -> str:
    """Whether rules decided the result, and their review status."""
    if result.status is CheckStatus.NO_RULES:
        return _(
            "No automatic rules for this indicator yet (belum ada aturan otomatis): a person "
            "must review the document."
        )
    if result.status is CheckStatus.ITEM:
        return _(
            "Checked automatically against evidence item %(item)s (no level: an item is one "
            "part of a level's evidence); rules: %(status)s."
        ) % {"item": result.item, "status": result.rules_status or _("unknown")}
    return _("Checked automatically; rules: %(status)s.") % {
        "status": result.rules_status or _("unknown")
    }


def result_as_text(
    result: PrecheckResult, *, title: str, signatures: Sequence[Mapping[str, Any]] = ()
) -> str:
    """The result as a plain-text report for the terminal."""
    facts = result.document
    enacted = {True: _("enacted"), False: _("draft"), None: _("not shown to be enacted")}
    document = " ".join(
        part
        for part in (
            kind_label(facts.kind.value),
            _("number %(number)s") % {"number": facts.number} if facts.number else "",
            _("of %(year)s") % {"year": facts.year} if facts.year else "",
        )
        if part
    )
    lines = [
        title,
        _("Document: %(document)s, %(enacted)s, %(agency)s")
        % {
            "document": document,
            "enacted": enacted[facts.enacted],
            "agency": facts.agency or _("agency not found"),
        },
    ]
    if facts.enacted_on:
        lines.append(_("Date of enactment: %(day)s") % {"day": _day(facts.enacted_on)})
    if facts.period:
        lines.append(_("Period covered: %(period)s") % {"period": facts.period})
    lines.append(status_message(result))
    if result.supported_level is not None:
        lines.append(_("Supported level: %(level)s") % {"level": result.supported_level})
    for row in result.criteria:
        mark = "✓" if row.found else "✗"
        where = _("p. %(page)s") % {"page": row.page} if row.page else ""
        lines.append(f"  {row.level}  {mark} {row.element}  {where}".rstrip())
        if row.quote:
            lines.append(f"        “{row.quote}”")
    if result.missing:
        lines.append(_("Missing: %(elements)s") % {"elements": "; ".join(result.missing)})
    lines += [f"! {flag_message(flag)}" for flag in result.flags]
    lines += [f"✎ {line}" for line in signature_lines(signatures)]
    lines += [f"- {note}" for note in result.notes]
    if result.ocr:
        lines.append(_("The text was read by OCR."))
    return "\n".join(lines)
