"""The digital signatures of a version in the user's language, for the page and the CLI."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _


def signature_lines(signatures: Sequence[Mapping[str, Any]] | None) -> list[str]:
    """One sentence per signature, each followed by what is known of its certificate chain."""
    lines: list[str] = []
    for row in signatures or ():
        lines.append(signature_message(row))
        chain = chain_message(row)
        if chain:
            lines.append(chain)
    return lines


def signature_message(row: Mapping[str, Any]) -> str:
    """Who signed, when, and whether the document is as it was signed."""
    integrity = row.get("integrity")
    if integrity == "changed":
        return _("The signature is not valid: the document changed after it was signed.")
    if integrity != "intact":
        return _("A digital signature could not be read (damaged, or of an unknown kind).")
    signer = row.get("signer") or _("an unknown signer")
    if not row.get("signed_at"):
        return _("Digitally signed by %(signer)s (no signing time), intact.") % {"signer": signer}
    return _("Digitally signed by %(signer)s on %(when)s, intact.") % {
        "signer": signer,
        "when": _when(str(row["signed_at"])),
    }


def chain_message(row: Mapping[str, Any]) -> str:
    """The verdict on the signer's certificate chain; empty for a signature that is unreadable."""
    if row.get("integrity") == "unreadable":
        return ""
    chain = row.get("chain")
    if chain == "trusted":
        return _("Certificate chain trusted (a root in SPBE_TRUST_ROOTS).")
    if chain == "expired_at_signing":
        return _("The signature is not valid: the signer's certificate had expired when it signed.")
    if chain == "untrusted":
        return _(
            "The signer's certificate does not lead to a root in SPBE_TRUST_ROOTS: who signed "
            "is not confirmed."
        )
    return _("Certificate chain not checked: SPBE_TRUST_ROOTS is not set.")


def _when(value: str) -> str:
    moment = timezone.localtime(datetime.datetime.fromisoformat(value))
    return date_format(moment, "j F Y H:i T")
