"""Every access rule of the evaluation workflow, in one place.

Views, the API and the CLI never decide access themselves: selectors select with the filters
here (``viewable_evaluations``: what is not in it is a 404), services ``require`` the rules
(403 with the rule's reason), and pages show a button only when the same rule allows. The
satellites (evidence, planning, reports, benchmarks) build their rules on these. The rules:

* Nobody sees another agency's data. The installation admin (superuser) and the system (the
  command line, background jobs) see everything. The admin writes only the installation's
  set-up, never an agency's answers (``docs/security.md``, "What the installation admin may
  write"): agencies, units, users and roles, report letterheads, the national windows, and
  the assignment of external assessors, never across agencies (``assesses_for``).
* Koordinator: manages the agency's evaluations (open, assign, move between states, review).
* Asesor internal: reads the agency's evaluations and reviews submitted indicators.
* PIC OPD: edits the claim of indicators whose lead unit is its own unit, while the
  self-assessment is open; a PIC of a supporting unit may add evidence. A PIC *reads* every
  indicator of its agency's evaluations (criteria, state, claim, evidence titles, notes),
  because the index is the job of every unit and peers' answers help; it cannot change them.
* Pimpinan: reads everything of its agency; changes nothing.
* Asesor eksternal: reads only evaluations assigned to them that were sent (Dikirim or
  later), and records the external result.
"""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from spbe.core.access import ALLOWED, EVERYTHING, NOTHING, Decision, refuse
from spbe.evaluations.models import Assessment, Evaluation
from spbe.evaluations.states import CLAIMS_OPEN, EXTERNAL_OPEN, NOT_SENT, SENT, WITH_THE_UNIT
from spbe.organizations.actors import Actor
from spbe.organizations.models import Role
from spbe.organizations.policy import sees_everything

AGENCY_READERS = (Role.COORDINATOR, Role.INTERNAL_ASSESSOR, Role.LEADERSHIP, Role.UNIT_PIC)

NOT_VISIBLE = _("You may not see this evaluation.")
ONLY_THE_COORDINATOR = _("Only the agency's coordinator may do this.")
ONLY_THE_COORDINATOR_OPENS = _("Only the agency's coordinator opens an evaluation.")
ASSIGNMENT_CLOSED = _("The evaluation has been sent; its units can no longer be changed.")
ONLY_COORDINATOR_OR_ADMIN = _(
    "Only the agency's coordinator or the installation administrator assigns external assessors."
)
CLAIMS_CLOSED = _("The self-assessment is closed; claims can no longer be changed.")
ONLY_REVIEWERS = _("Only the agency's coordinator and internal assessors review indicators.")
REVIEW_CLOSED = _("Indicators are reviewed only while the self-assessment or its review runs.")
ONLY_EXTERNAL = _(
    "Only the coordinator or an external assessor assigned to this evaluation records its "
    "external result."
)
EXTERNAL_CLOSED = _(
    "The external result is recorded once the evaluation is sent, until it is finished."
)
NOT_ON_THE_LIST = _("This indicator is not on your unit's list.")


def reads_agency(actor: Actor, agency_id: int | None) -> bool:
    """A member of the agency with a role that reads its evaluations and evidence."""
    return (
        agency_id is not None
        and actor.in_agency(agency_id)
        and any(actor.has(role) for role in AGENCY_READERS)
    )


def can_read_agency(actor: Actor, agency_id: int | None) -> Decision:
    """The agency's own records (its evaluations, its evidence library)."""
    if sees_everything(actor) or reads_agency(actor, agency_id):
        return ALLOWED
    return refuse(NOT_VISIBLE)


# ------------------------------------------------------------------------------ seeing


def can_view_evaluation(actor: Actor, evaluation: Evaluation) -> Decision:
    if sees_everything(actor) or reads_agency(actor, evaluation.agency_id):
        return ALLOWED
    if (
        assesses_for(actor, evaluation.agency_id)
        and actor.pk is not None
        and evaluation.state in SENT
        and evaluation.external_assessors.filter(pk=actor.pk).exists()
    ):
        return ALLOWED
    return refuse(NOT_VISIBLE)


def assesses_for(actor: Actor, agency_id: int | None) -> bool:
    """An external assessor who may assess the agency's evaluations once assigned: one of no
    agency, or of that agency. A member of another agency never reads this one's, even when
    an assignment was made around the service (``external_assessor_set``)."""
    return (
        actor.has(Role.EXTERNAL_ASSESSOR)
        and actor.pk is not None
        and actor.agency_id in (None, agency_id)
    )


def viewable_evaluations(actor: Actor) -> Q:
    """The filter of ``can_view_evaluation`` (it joins the assessors: use ``distinct()``)."""
    return agency_or_assigned(actor)


def agency_or_assigned(actor: Actor, *, evaluation: str = "", agency: str = "agency_id") -> Q:
    """What the readers of its agency see, and the external assessors of its evaluation once
    that is sent: the filter of every "who may view" rule. ``evaluation`` is the lookup path
    from the filtered model to the evaluation (e.g. ``links__assessment__evaluation__``),
    ``agency`` the one to its agency's id."""
    if sees_everything(actor):
        return EVERYTHING
    visible = NOTHING
    if actor.agency_id is not None and any(actor.has(role) for role in AGENCY_READERS):
        visible |= Q(**{agency: actor.agency_id})
    if actor.has(Role.EXTERNAL_ASSESSOR) and actor.pk is not None:
        assigned = {f"{evaluation}external_assessors": actor.pk, f"{evaluation}state__in": SENT}
        if actor.agency_id is not None:  # assesses_for: never another agency's
            assigned[f"{evaluation}agency_id"] = actor.agency_id
        visible |= Q(**assigned)
    return visible


def is_own_assessment(actor: Actor, assessment: Assessment) -> Decision:
    """On the list of the actor's unit ("my indicators"): its unit leads or supports the
    indicator, in an evaluation of its agency that is not sent yet and that it may read."""
    evaluation = assessment.evaluation
    if (
        actor.unit_id is None
        or not reads_agency(actor, evaluation.agency_id)
        or evaluation.state not in NOT_SENT
    ):
        return refuse(NOT_ON_THE_LIST)
    if assessment.lead_unit_id == actor.unit_id or any(
        unit.pk == actor.unit_id for unit in assessment.supporting_units.all()
    ):
        return ALLOWED
    return refuse(NOT_ON_THE_LIST)


def own_assessments(actor: Actor) -> Q:
    """The filter of ``is_own_assessment`` (it joins the supporting units: use ``distinct()``)."""
    if actor.unit_id is None or not reads_agency(actor, actor.agency_id):
        return NOTHING
    return (Q(lead_unit_id=actor.unit_id) | Q(supporting_units=actor.unit_id)) & Q(
        evaluation__agency_id=actor.agency_id, evaluation__state__in=NOT_SENT
    )


# ------------------------------------------------------------------------------ doing


def can_create_evaluation(actor: Actor, agency_id: int | None) -> Decision:
    if agency_id is not None and actor.has_in_agency(Role.COORDINATOR, agency_id):
        return ALLOWED
    return refuse(ONLY_THE_COORDINATOR_OPENS)


def can_manage_evaluation(actor: Actor, evaluation: Evaluation) -> Decision:
    """Move it between states, edit its plan and costs: the agency's koordinator."""
    if actor.has_in_agency(Role.COORDINATOR, evaluation.agency_id):
        return ALLOWED
    return refuse(ONLY_THE_COORDINATOR)


def can_assign(actor: Actor, evaluation: Evaluation) -> Decision:
    """Lead and supporting units: the koordinator, until the evaluation is sent."""
    managed = can_manage_evaluation(actor, evaluation)
    if not managed:
        return managed
    return ALLOWED if evaluation.state in NOT_SENT else refuse(ASSIGNMENT_CLOSED)


def can_set_external_assessors(actor: Actor, evaluation: Evaluation) -> Decision:
    if actor.is_admin or can_manage_evaluation(actor, evaluation):
        return ALLOWED
    return refuse(ONLY_COORDINATOR_OR_ADMIN)


def indicator_open(assessment: Assessment, evaluation: Evaluation) -> Decision:
    """The indicator's claim and evidence may change: the self-assessment is open and the
    indicator is with its unit (not submitted or verified)."""
    if evaluation.state not in CLAIMS_OPEN:
        return refuse(CLAIMS_CLOSED)
    if assessment.state not in WITH_THE_UNIT:
        return refuse(
            _(
                "Indicator %(number)s is %(state)s; it can be changed again only if a reviewer "
                "returns it."
            )
            % {"number": assessment.indicator.number, "state": assessment.get_state_display()}
        )
    return ALLOWED


def is_lead_unit_pic(actor: Actor, assessment: Assessment, evaluation: Evaluation) -> bool:
    """A PIC of the agency whose unit leads the indicator."""
    return (
        actor.has_in_agency(Role.UNIT_PIC, evaluation.agency_id)
        and assessment.lead_unit_id is not None
        and actor.unit_id == assessment.lead_unit_id
    )


def can_edit_claim(actor: Actor, assessment: Assessment, evaluation: Evaluation) -> Decision:
    """The lead unit's PIC, while the indicator is open (``indicator_open``)."""
    if not is_lead_unit_pic(actor, assessment, evaluation):
        return refuse(
            _("Only the PIC of the lead unit may change indicator %(number)s.")
            % {"number": assessment.indicator.number}
        )
    return indicator_open(assessment, evaluation)


def can_review(actor: Actor, evaluation: Evaluation) -> Decision:
    """Koordinator and asesor internal review submitted indicators until the evaluation is sent."""
    if not (
        actor.has_in_agency(Role.COORDINATOR, evaluation.agency_id)
        or actor.has_in_agency(Role.INTERNAL_ASSESSOR, evaluation.agency_id)
    ):
        return refuse(ONLY_REVIEWERS)
    return ALLOWED if evaluation.state in CLAIMS_OPEN else refuse(REVIEW_CLOSED)


def can_record_external(actor: Actor, evaluation: Evaluation) -> Decision:
    """The koordinator or an assigned external assessor, from Dikirim until Selesai."""
    if not (
        can_manage_evaluation(actor, evaluation)
        or (
            assesses_for(actor, evaluation.agency_id)
            and actor.pk is not None
            and evaluation.external_assessors.filter(pk=actor.pk).exists()
        )
    ):
        return refuse(ONLY_EXTERNAL)
    return ALLOWED if evaluation.state in EXTERNAL_OPEN else refuse(EXTERNAL_CLOSED)
