"""Every rule that decides what someone may see agrees with its query filter.

The whole cast (and the system, a member without a role, an anonymous visitor) is walked over
evaluations in every state, their indicators, documents, evidence links and actions, the
agencies themselves and their audit events, in two agencies: for each rule with a filter, ``rule(actor, obj).allowed == (obj in filter(actor))``.
A page lists with the filter and opens one object with the rule, so a disagreement is a link
that answers 404, or an object reachable by address that no list shows.
"""

from __future__ import annotations

import datetime
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from types import ModuleType
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db.models import Model, Q

from spbe.audit.models import AuditEvent
from spbe.audit.services import audit_record
from spbe.benchmarks import policy as benchmarks_policy
from spbe.evaluations import item_policy
from spbe.evaluations import policy as evaluations_policy
from spbe.evaluations.models import Assessment, AssessmentState, Evaluation, EvaluationState
from spbe.evidence import policy as evidence_policy
from spbe.evidence.models import Document, DocumentVersion, EvidenceLink, StoredFile
from spbe.notifications import policy as notifications_policy
from spbe.notifications.models import Notification
from spbe.organizations import policy as organizations_policy
from spbe.organizations.actors import SYSTEM, Actor, actor_for
from spbe.organizations.models import Agency
from spbe.planning import policy as planning_policy
from spbe.planning.models import Action
from spbe.reports import policy as reports_policy
from tests.cast import ROLES, Cast, make_cast, make_user

pytestmark = pytest.mark.dates

POLICIES = [
    organizations_policy,
    evaluations_policy,
    item_policy,
    evidence_policy,
    planning_policy,
    reports_policy,
    benchmarks_policy,
    notifications_policy,
]


@dataclass(frozen=True)
class Pair:
    rule: Callable[[Actor, Any], Any]
    filter: Callable[[Actor], Q]
    model: type[Model]


PAIRS = [
    Pair(
        evaluations_policy.can_view_evaluation,
        evaluations_policy.viewable_evaluations,
        Evaluation,
    ),
    Pair(evaluations_policy.is_own_assessment, evaluations_policy.own_assessments, Assessment),
    Pair(evidence_policy.can_read_document, evidence_policy.readable_documents, Document),
    Pair(evidence_policy.can_read_version, evidence_policy.readable_versions, DocumentVersion),
    Pair(evidence_policy.can_view_link, evidence_policy.viewable_links, EvidenceLink),
    Pair(planning_policy.can_view_action, planning_policy.viewable_actions, Action),
    Pair(organizations_policy.can_see_agency, organizations_policy.seeable_agencies, Agency),
    Pair(
        organizations_policy.can_read_audit_event,
        organizations_policy.readable_audit_events,
        AuditEvent,
    ),
    Pair(
        notifications_policy.can_read_notification,
        notifications_policy.readable_notifications,
        Notification,
    ),
]

# Building blocks that other filters are made of, or filters whose rule asks about another
# object than the rows they select (the desk list's units, per agency: its agreement with
# can_see_desk is walked in tests/planning/test_handover_views.py).
NOT_A_RULES_FILTER = {evaluations_policy.agency_or_assigned, planning_policy.desk_units}


def _evaluation(cast: Cast, agency: Any, year: int, state: str) -> Evaluation:
    return Evaluation.objects.create(
        agency=agency,
        year=year,
        revision=cast.evaluation.revision,
        target=Decimal("2.50"),
        self_assessment_deadline=datetime.date(year, 6, 30),
        review_deadline=datetime.date(year, 7, 31),
        state=state,
    )


def _fill(cast: Cast, evaluation: Evaluation, units: tuple[Any, Any], number: int) -> None:
    """Three indicators (led by the first unit, led by the second and supported by the first,
    led by the second alone), a document linked to the first, and an action on the second."""
    lead, other = units
    indicators = list(evaluation.revision.indicators.order_by("number")[:3])
    states = [AssessmentState.DRAFT, AssessmentState.SUBMITTED, AssessmentState.VERIFIED]
    assessments = [
        Assessment.objects.create(
            evaluation=evaluation, indicator=indicator, lead_unit=unit, state=state
        )
        for indicator, unit, state in zip(indicators, (lead, other, other), states, strict=True)
    ]
    assessments[1].supporting_units.add(lead)
    document = Document.objects.create(
        agency=evaluation.agency, title=f"Perwali {number}", kind="perwali"
    )
    # Two versions: the first pinned to the link, the second to nothing (uploaded later).
    versions = []
    for version_number in (1, 2):
        stored = StoredFile.objects.create(
            sha256=f"{number:032}{version_number:032}", file="evidence/x", size=1, kind="pdf"
        )
        versions.append(
            DocumentVersion.objects.create(
                document=document, number=version_number, stored_file=stored, original_name="x"
            )
        )
    EvidenceLink.objects.create(
        assessment=assessments[0], document=document, level=1, version=versions[0]
    )
    Action.objects.create(
        evaluation=evaluation,
        indicator=indicators[1],
        from_value=Decimal(1),
        to_level=2,
        cost=Decimal(1),
        lead_unit=other,
        deadline=datetime.date(evaluation.year, 12, 31),
    )


@pytest.fixture
def scene(db) -> tuple[list[Actor], list[Model]]:
    cast = make_cast()
    other_unit = cast.other_agency.units.get()
    for year, state in enumerate(EvaluationState.values, start=2010):
        evaluation = _evaluation(cast, cast.agency, year, state)
        _fill(cast, evaluation, (cast.unit, cast.other_unit), year)
        if year % 2 == 0:  # an assessor sees only the evaluations it is assigned to
            evaluation.external_assessors.add(cast.external_assessor)
    for year, state in ((2020, EvaluationState.SELF_ASSESSMENT), (2021, EvaluationState.SUBMITTED)):
        foreign = _evaluation(cast, cast.other_agency, year, state)
        _fill(cast, foreign, (other_unit, other_unit), year)
        foreign.external_assessors.add(cast.external_assessor)
    Document.objects.create(agency=cast.agency, title="Tidak ditautkan", kind="laporan")
    roleless = make_user("tanpa-peran", cast.agency, cast.unit)
    # The cast's own events are agency A's; one of agency B and one of the installation.
    audit_record(
        actor=None, action="uji", target=cast.other_agency, agency=cast.other_agency, summary="B"
    )
    audit_record(actor=None, action="uji", target=None, object_ref=("uji", "1"), summary="-")
    for name in ("pic", "coordinator"):
        Notification.objects.create(
            recipient=getattr(cast, name),
            title=name,
            created_at=datetime.datetime.now(datetime.UTC),
        )
    actors = [cast.actor(getattr(cast, name)) for name in ROLES]
    actors += [cast.actor(roleless), SYSTEM, actor_for(AnonymousUser())]
    objects: list[Model] = [
        *Evaluation.objects.all(),
        *Assessment.objects.all(),
        *Document.objects.all(),
        *DocumentVersion.objects.select_related("document"),
        *EvidenceLink.objects.all(),
        *Action.objects.all(),
        *Agency.objects.all(),
        *AuditEvent.objects.all(),
        *Notification.objects.all(),
    ]
    return actors, objects


def test_every_rule_with_a_filter_agrees_with_it_for_the_whole_cast(scene):
    actors, objects = scene
    disagreements = []
    checked = 0
    for pair in PAIRS:
        for actor in actors:
            selected = set(
                pair.model.objects.filter(pair.filter(actor)).values_list("pk", flat=True)
            )
            for obj in (o for o in objects if isinstance(o, pair.model)):
                allowed = pair.rule(actor, obj).allowed
                checked += 1
                if allowed != (obj.pk in selected):
                    who = getattr(actor.user, "username", "SYSTEM" if actor.is_system else "?")
                    disagreements.append(f"{pair.rule.__name__}({who}, {obj!r}) = {allowed}")
    assert checked > 500
    assert disagreements == []


def test_the_scene_allows_and_refuses_something_under_every_rule(scene):
    """Guard the walk itself: a rule that allows everything or nothing proves no agreement."""
    actors, objects = scene
    for pair in PAIRS:
        answers = {
            pair.rule(actor, obj).allowed
            for actor in actors
            for obj in objects
            if isinstance(obj, pair.model)
        }
        assert answers == {True, False}, pair.rule.__name__


def _filters(module: ModuleType) -> list[Callable[..., Q]]:
    return [
        function
        for _name, function in inspect.getmembers(module, inspect.isfunction)
        if function.__module__ == module.__name__
        and inspect.signature(function).return_annotation == "Q"
    ]


@pytest.mark.parametrize("module", POLICIES, ids=lambda module: module.__name__)
def test_every_filter_of_a_policy_is_walked_with_its_rule(module):
    walked = {pair.filter for pair in PAIRS} | NOT_A_RULES_FILTER
    assert [f.__name__ for f in _filters(module) if f not in walked] == []
