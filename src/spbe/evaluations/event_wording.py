"""The sentences of the workflow's notifications: short, in the reader's language.

Called inside ``translation.override`` of the recipients' language (``events``), so the
texts follow the reader, not the person whose action raised them.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem

# The most indicators an assignment message lists; the rest are counted.
LISTED_AT_MOST = 10


def evaluation_label(evaluation: Evaluation) -> str:
    """The evaluation as its readers call it, e.g. "Indeks SPBE 2026" (the framework's short
    title without the regulation in brackets, which a short message does not need)."""
    name = evaluation.revision.framework.short_title.split(" (")[0]
    return f"{name} {evaluation.year}"


def assigned(
    evaluation: Evaluation, unit_name: str, rows: list[tuple[Assessment, bool]]
) -> tuple[str, str]:
    """Title and body of "indicators newly assigned to your unit"; ``rows`` are the
    assessments with whether the unit leads them (else it supports them)."""
    title = _("%(evaluation)s: %(count)s indicator(s) assigned to %(unit)s") % {
        "evaluation": evaluation_label(evaluation),
        "count": len(rows),
        "unit": unit_name,
    }
    lines = []
    for assessment, leads in rows[:LISTED_AT_MOST]:
        role = _("lead") if leads else _("supporting")
        lines.append(f"- {assessment.indicator.number}. {assessment.indicator.name} ({role})")
    if len(rows) > LISTED_AT_MOST:
        lines.append(_("… and %(count)s more.") % {"count": len(rows) - LISTED_AT_MOST})
    return title, "\n".join(lines)


def claim_returned(assessment: Assessment, note: str) -> tuple[str, str]:
    """Title and body of "your indicator was returned for revision", with the reviewer's note."""
    title = _("%(evaluation)s: indicator %(number)s returned for revision") % {
        "evaluation": evaluation_label(assessment.evaluation),
        "number": assessment.indicator.number,
    }
    body = _("Reviewer's note: %(note)s") % {"note": note}
    return title, body


def item_revision(item: EvaluationItem, evaluation: Evaluation) -> tuple[str, str]:
    """Title and body of "the assessor asks for a revision of an item", with the note."""
    title = _("%(evaluation)s: item %(code)s needs revision") % {
        "evaluation": evaluation_label(evaluation),
        "code": item.code,
    }
    body = _("Assessor's note: %(note)s") % {"note": item.assessor_note or "-"}
    return title, body


def item_accepted(item: EvaluationItem, evaluation: Evaluation) -> tuple[str, str]:
    """Title and body of "the assessor accepted an item" (diterima)."""
    title = _("%(evaluation)s: item %(code)s accepted") % {
        "evaluation": evaluation_label(evaluation),
        "code": item.code,
    }
    body = (
        _("Assessor's note: %(note)s") % {"note": item.assessor_note} if item.assessor_note else ""
    )
    return title, body


def verdict_counts(accepted: int, revision: int, rejected: int) -> str:
    """ "2 accepted, 1 to revise, 0 rejected": the portal's three outcomes of an item."""
    return _("%(accepted)d accepted, %(revision)d to revise, %(rejected)d rejected") % {
        "accepted": accepted,
        "revision": revision,
        "rejected": rejected,
    }


def results_imported(
    evaluation: Evaluation, per_indicator: list[tuple[int, tuple[int, int, int]]]
) -> tuple[str, str]:
    """Title and body of "the portal's verdicts were imported": the totals in the title, one
    line per indicator (``per_indicator``: its number and its accepted, revision and rejected
    counts) in the body, ten at most."""
    totals = [sum(counts[i] for _number, counts in per_indicator) for i in range(3)]
    title = _("%(evaluation)s: imported verdicts, %(counts)s") % {
        "evaluation": evaluation_label(evaluation),
        "counts": verdict_counts(*totals),
    }
    lines = [
        "- "
        + _("Indicator %(number)s: %(counts)s")
        % {"number": number, "counts": verdict_counts(*counts)}
        for number, counts in per_indicator[:LISTED_AT_MOST]
    ]
    if len(per_indicator) > LISTED_AT_MOST:
        lines.append(_("… and %(count)s more.") % {"count": len(per_indicator) - LISTED_AT_MOST})
    return title, "\n".join(lines)
