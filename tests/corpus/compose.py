"""Composing a document's paragraphs from a specification, in the form Indonesian regulations,
decrees, circulars, minutes, SOPs and reports take (UU 12/2011, Lampiran II; Permendagri
80/2015)."""

from __future__ import annotations

from collections.abc import Callable

from tests.corpus import drafting, implementation, letters, practice_minutes, regulations
from tests.corpus.forms import Paragraph
from tests.corpus.model import Spec


def heldback_builders() -> dict[str, Callable[[Spec], list[Paragraph]]]:
    """The held-back part's builders (``tests.corpus.heldback``), imported late: that
    package builds on this one."""
    from tests.corpus.heldback.documents import BUILDERS

    return dict(BUILDERS)


__all__ = ["Paragraph", "compose"]


def compose(spec: Spec) -> list[Paragraph]:
    """The paragraphs of the document ``spec`` describes."""
    style = spec.style or spec.topic.style
    builder = {
        "regulation": regulations.regulation,
        "decree": regulations.decree,
        "circular": letters.circular,
        "minutes": letters.minutes,
        "sop": letters.sop,
        "annex": regulations.annex,
        "report": letters.report,
        "enumerated": drafting.enumerated,
        "tabled": drafting.tabled,
        "omnibus": drafting.omnibus,
        "annex_table": drafting.annex_table,
        "implementation_report": implementation.implementation_report,
        "practice_minutes": practice_minutes.practice_minutes,
        **heldback_builders(),
    }[style]
    return [
        Paragraph(
            spec.issuer.fill(p.text),
            p.style,
            p.marker,
            tuple(spec.issuer.fill(cell) for cell in p.cells),
        )
        for p in builder(spec)
    ]
