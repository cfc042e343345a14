"""Two agencies, each with one of every object a URL can name, and markers that say whose it is.

Agency A is the shared cast's (a Pemdi 2026 evaluation, sent, so that its assigned external
assessor sees it); agency B is the cast's other agency, whose Koordinator (the cast's
outsider) opens an evaluation of its own through the services, with a PIC and a Pimpinan
beside it. Every object that carries free text carries a marker, ``PENANDA-<agency>-<what>``:
a response that holds a marker shows that object, so a user whom the access policy refuses the
object must never receive it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db.models import Model
from django.utils import timezone

from spbe.discussions.models import Comment
from spbe.evaluations import policy as evaluations_policy
from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem, EvaluationState
from spbe.evaluations.services import assignments_update, evaluation_advance, evaluation_create
from spbe.evidence import policy as evidence_policy
from spbe.evidence.models import Document, DocumentVersion, EvidenceLink
from spbe.evidence.services import evidence_link_add
from spbe.evidence.upload_services import DocumentFacts, document_upload
from spbe.notifications import policy as notifications_policy
from spbe.notifications.models import Notification
from spbe.organizations import policy as organizations_policy
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Agency, Role, Unit
from spbe.planning import policy as planning_policy
from spbe.planning.models import Action
from spbe.reports.models import ReportJob
from spbe.reports.render import RenderedReport
from spbe.reports.services import job_finish
from tests.api.evidence_builders import pdf
from tests.cast import ROLES, Cast, make_cast, make_user

Rule = Callable[[Actor, Any], Any]


@dataclass(frozen=True)
class Objects:
    """One agency's objects, one of each kind a URL names."""

    agency: Agency
    unit: Unit
    evaluation: Evaluation
    indicator: int
    item: EvaluationItem
    document: Document
    version: DocumentVersion
    link: EvidenceLink
    action: Action
    comment: Comment
    notification: Notification
    job: ReportJob
    # Marker → the rule and object that decide who may read it.
    marked: dict[str, tuple[Rule, Model]]

    def markers(self) -> dict[str, tuple[Rule, Model]]:
        """The markers, each with its object read afresh (its evaluation may have moved on)."""
        return {
            marker: (rule, type(obj)._default_manager.get(pk=obj.pk))
            for marker, (rule, obj) in self.marked.items()
        }


@dataclass(frozen=True)
class Scene:
    cast: Cast
    a: Objects
    b: Objects
    # Every user of both agencies by name (None: the anonymous visitor).
    users: dict[str, Any]

    def actor(self, name: str) -> Actor:
        user = self.users[name]
        return actor_for(AnonymousUser()) if user is None else self.cast.actor(user)

    def markers(self) -> dict[str, tuple[Rule, Model]]:
        return {**self.a.markers(), **self.b.markers()}


def build_scene() -> Scene:
    cast = make_cast(framework="pemdi-2026")
    b_unit = cast.other_agency.units.get()
    b_pic = make_user("b-pic", cast.other_agency, b_unit, Role.UNIT_PIC)
    b_leadership = make_user("b-pimpinan", cast.other_agency, None, Role.LEADERSHIP)
    b_evaluation = _open_evaluation(cast, b_unit)
    users: dict[str, Any] = {name: getattr(cast, name) for name in ROLES}
    users.update({"b_pic": b_pic, "b_leadership": b_leadership, "anonymous": None})
    a = _furnish("A", cast, cast.evaluation, cast.unit, cast.pic, cast.coordinator)
    b = _furnish("B", cast, b_evaluation, b_unit, b_pic, cast.outsider)
    # Sent: the assigned external assessor sees agency A's evaluation, the unassigned one not.
    Evaluation.objects.filter(pk=a.evaluation.pk).update(state=EvaluationState.SUBMITTED)
    a.evaluation.refresh_from_db()
    return Scene(cast=cast, a=a, b=b, users=users)


def _sees_agency_or_evaluation(evaluation: Evaluation) -> Rule:
    def rule(actor: Actor, agency: Agency) -> Any:
        member = organizations_policy.can_see_agency(actor, agency)
        return (
            member if member.allowed else evaluations_policy.can_view_evaluation(actor, evaluation)
        )

    return rule


def _open_evaluation(cast: Cast, unit: Unit) -> Evaluation:
    """Agency B's own evaluation, opened by its Koordinator through the services."""
    coordinator = actor_for(cast.outsider)
    evaluation = evaluation_create(
        actor=coordinator,
        agency=cast.other_agency,
        year=2026,
        framework_code="pemdi-2026",
        target=Decimal("2.60"),
        self_assessment_deadline=datetime.date(2026, 12, 15),
        review_deadline=datetime.date(2027, 1, 15),
    )
    count = evaluation.assessments.count()
    assignments_update(
        actor=coordinator,
        evaluation=evaluation,
        assignments={n: (unit.pk, set()) for n in range(1, count + 1)},
    )
    return evaluation_advance(actor=coordinator, evaluation=evaluation)


def _furnish(
    label: str, cast: Cast, evaluation: Evaluation, unit: Unit, pic: Any, coordinator: Any
) -> Objects:
    """One of each object in ``evaluation``'s agency, each carrying its marker."""

    def mark(what: str) -> str:
        return f"PENANDA-{label}-{what}"

    agency = evaluation.agency
    assessment = Assessment.objects.get(evaluation=evaluation, indicator__number=1)
    Assessment.objects.filter(pk=assessment.pk).update(justification=mark("klaim"))
    Unit.objects.filter(pk=unit.pk).update(name=f"Dinas {mark('unit')}")
    item = (
        EvaluationItem.objects.filter(assessment=assessment).order_by("level", "position").first()
    )
    assert item is not None, "the Pemdi evaluation copies its items from the catalogue"
    EvaluationItem.objects.filter(pk=item.pk).update(note=mark("butir"))
    version = document_upload(
        actor=actor_for(pic),
        agency=agency,
        upload=pdf(name=f"{mark('versi')}.pdf"),
        facts=DocumentFacts(title=mark("dokumen"), kind="perwali"),
    )
    document = version.document
    link = evidence_link_add(
        actor=actor_for(pic), assessment=assessment, document=document, level=None
    )
    EvidenceLink.objects.filter(pk=link.pk).update(note=mark("tautan"))
    action = Action.objects.create(
        evaluation=evaluation,
        indicator=assessment.indicator,
        from_value=Decimal(1),
        to_level=2,
        cost=Decimal(1),
        lead_unit=unit,
        deadline=datetime.date(2026, 12, 31),
        note=mark("aksi"),
    )
    now = timezone.now()
    comment = Comment.objects.create(
        evaluation=evaluation,
        assessment=assessment,
        author=pic,
        body=mark("komentar"),
        created_at=now,
    )
    notification = Notification.objects.create(
        recipient=coordinator,
        agency=agency,
        kind="uji",
        title=mark("notifikasi"),
        created_at=now,
    )
    # Its requester was deleted since (created_by is SET_NULL): the panel still lists it.
    job = ReportJob.objects.create(evaluation=evaluation, format="xlsx", language="id")
    job_finish(job, RenderedReport(mark("laporan").encode(), "laporan.xlsx", "application/zip"))
    view = evaluations_policy.can_view_evaluation
    markers: dict[str, tuple[Rule, Model]] = {
        mark("klaim"): (view, evaluation),
        mark("butir"): (view, evaluation),
        mark("komentar"): (view, evaluation),
        mark("laporan"): (view, evaluation),
        # A unit's name: its agency's members, and whoever may view an evaluation it works on.
        mark("unit"): (_sees_agency_or_evaluation(evaluation), agency),
        mark("dokumen"): (evidence_policy.can_read_document, document),
        mark("versi"): (evidence_policy.can_read_version, version),
        mark("tautan"): (evidence_policy.can_view_link, link),
        mark("aksi"): (planning_policy.can_view_action, action),
        mark("notifikasi"): (notifications_policy.can_read_notification, notification),
    }
    return Objects(
        agency=agency,
        unit=unit,
        evaluation=evaluation,
        indicator=1,
        item=item,
        document=document,
        version=version,
        link=EvidenceLink.objects.get(pk=link.pk),
        action=action,
        comment=comment,
        notification=notification,
        job=job,
        marked=markers,
    )
