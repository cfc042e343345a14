"""Who may ask for a report of an evaluation and import claims from its workbook.

Anyone who may view the evaluation (``can_view_evaluation``) may ask for a report: a report
shows nothing that person cannot already read in the application (indices, claims,
justifications, evidence titles, review notes, the plan), so no further rule is needed. The
jobs and their files are shared by everyone who may view the evaluation, so a leader can
download the report the coordinator asked for.
"""

from __future__ import annotations

from spbe.core.access import Decision
from spbe.evaluations.models import Evaluation
from spbe.evaluations.policy import can_view_evaluation
from spbe.organizations.actors import Actor


def can_request_report(actor: Actor, evaluation: Evaluation) -> Decision:
    return can_view_evaluation(actor, evaluation)


def can_import_claims(actor: Actor, evaluation: Evaluation) -> Decision:
    """Send a filled workbook: whoever may view the evaluation. Each changed row is then a
    claim saved through ``assessment_save_claim``, which requires ``can_edit_claim``."""
    return can_view_evaluation(actor, evaluation)
