"""What a PDF signature check found, without pyHanko: the verdicts, the report, its JSON form,
and the byte test for whether a file can be signed at all.

Kept apart from ``signatures`` (which verifies, with pyHanko) because importing pyHanko takes
about a second: the command line, the pre-check wording and the isolated check's parent
process need only these names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class Integrity(StrEnum):
    """Whether the signed bytes are as they were signed."""

    INTACT = "intact"
    CHANGED = "changed"  # "dokumen berubah setelah ditandatangani"
    UNREADABLE = "unreadable"  # the signature itself is damaged or of an unknown kind


class Chain(StrEnum):
    """The verdict on the signer's certificate chain."""

    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"
    EXPIRED_AT_SIGNING = "expired_at_signing"
    NOT_CHECKED = "not_checked"  # no trust roots configured


class TimeSource(StrEnum):
    """Where the signing time comes from: a timestamp authority or the signer's own claim."""

    TIMESTAMP = "timestamp"
    SIGNER = "signer"


@dataclass(frozen=True)
class SignatureReport:
    """One signature of a PDF, as :func:`verify_signatures` found it."""

    field: str
    signer: str | None
    signed_at: datetime | None
    time_source: TimeSource | None
    integrity: Integrity
    chain: Chain

    @property
    def valid(self) -> bool:
        """Intact and trusted at signing: the only signature that proves anything."""
        return self.integrity is Integrity.INTACT and self.chain is Chain.TRUSTED

    @property
    def invalid(self) -> bool:
        """Changed after signing, unreadable, or signed with an already expired certificate."""
        return self.integrity is not Integrity.INTACT or self.chain is Chain.EXPIRED_AT_SIGNING


def may_be_signed(data: bytes) -> bool:
    """Whether ``data`` can hold a PDF signature at all: a signature dictionary's
    ``/ByteRange`` must be written out in the file (not in a compressed object stream) for the
    signed bytes to be found, so a file without it has no signature to verify."""
    return b"/ByteRange" in data


def report_as_json(report: SignatureReport) -> dict[str, Any]:
    """One report as JSON-ready data (what an evidence version stores)."""
    return {
        "field": report.field,
        "signer": report.signer,
        "signed_at": report.signed_at.isoformat() if report.signed_at else None,
        "time_source": report.time_source.value if report.time_source else None,
        "integrity": report.integrity.value,
        "chain": report.chain.value,
        "valid": report.valid,
        "invalid": report.invalid,
    }
