"""What a document's digital signatures say for the level decision.

The pre-check does not read signatures itself (that needs the original bytes, see
``spbe.textanalysis.signatures``); the caller passes what was found, reduced here to one word.

Decision (``docs/evidence-check.md``, "Signatures"): a digital signature that is intact and
whose chain is trusted at signing counts as enactment, as a dated signature block does: many
Indonesian regulations signed with BSrE carry no wet signature block. A signature that is
changed, unreadable or made with an expired certificate never counts and flags the document.
An intact signature whose chain is untrusted or not checked proves nothing either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any


class DigitalSignature(StrEnum):
    """The document's digital signatures, as the level decision sees them."""

    NONE = "none"  # none, or none that proves anything (untrusted, chain not checked)
    VALID = "valid"  # intact and trusted at signing: counts as enactment
    INVALID = "invalid"  # changed after signing, unreadable, or expired at signing


def digital_signature(signatures: Iterable[Mapping[str, Any]] | None) -> DigitalSignature:
    """One word for the signatures stored with a version (``report_as_json`` rows): invalid
    when any is, valid when at least one is valid and none invalid, else none."""
    rows = list(signatures or ())
    if any(row.get("invalid") for row in rows):
        return DigitalSignature.INVALID
    if any(row.get("valid") for row in rows):
        return DigitalSignature.VALID
    return DigitalSignature.NONE
