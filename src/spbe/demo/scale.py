"""``spbe demo --scale N``: N synthetic agencies for load tests, written in bulk.

Building hundreds of agencies through the services, one claim at a time, takes longer than a
load test; this writes the same rows with ``bulk_create``, after the checks those services make
(the target, every level against the framework, the fields' own validators), in one
transaction per batch, and records the whole load as one audit entry ("demo.scale").

Everything here is marked: the agencies carry ``synthetic`` (and "Sintetis" in their name), the
evaluations a source note saying the data is synthetic. They never get a link to the published
national results, so no ranking shows them.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.catalog.error_wording import describe_scoring_error
from spbe.catalog.models import FrameworkRevision
from spbe.catalog.selectors import current_revision, revision_scoring_framework
from spbe.core.errors import ActionRefused
from spbe.demo import data
from spbe.demo.scale_pdf import small_pdf
from spbe.demo.scale_plan import DOCUMENTS, STATES, AgencyPlan, EvaluationPlan, agency_plan
from spbe.evaluations.finished_scores import finished_scores_store_all
from spbe.evaluations.models import Assessment, Evaluation, EvaluationState, Transition
from spbe.evaluations.validation import validate_target
from spbe.evidence.models import (
    Document,
    DocumentVersion,
    EvidenceLink,
    PageText,
    StoredFile,
    TextStatus,
    stored_file_path,
)
from spbe.organizations.models import Agency, Membership, Role, Unit
from spbe.planning.models import Action
from spbe.scoring import ScoringInputError, parse_values

Say = Callable[[str], None]
SYNTHETIC_NOTE = "Data sintetis untuk uji beban (spbe demo --scale); bukan hasil evaluasi resmi."
EXTERNAL_ASSESSOR = "asesor-sintetis"
BATCH = 25
MAX_AGENCIES = 5000


@dataclass(frozen=True)
class ScaleSummary:
    created: int
    kept: int
    fingerprint: str


def load_scale(*, count: int, seed: int, say: Say) -> ScaleSummary:
    """Make synthetic agencies 1..``count`` of ``seed`` that do not exist yet."""
    if not 1 <= count <= MAX_AGENCIES:
        raise ActionRefused(
            _("The scale must be between 1 and %(most)s agencies.") % {"most": MAX_AGENCIES},
            field="scale",
        )
    revision = current_revision("spbe-2020")
    password = make_password(data.PASSWORD)  # hashed once: the same password for every user
    assessor = _external_assessor(password)
    existing = set(Agency.objects.filter(synthetic=True).values_list("slug", flat=True))
    plans = [agency_plan(seed, number) for number in range(1, count + 1)]
    missing = [plan for plan in plans if plan.slug not in existing]
    writer = _Writer(revision, password, assessor)
    for start in range(0, len(missing), BATCH):
        writer.write(missing[start : start + BATCH])
        say(f"Instansi sintetis: {min(start + BATCH, len(missing))}/{len(missing)}")
    fingerprint = scale_fingerprint(seed)
    audit_record(
        actor=None,
        action="demo.scale",
        target=None,
        object_ref=("demo.scale", str(seed)),
        summary=f"{len(missing)} synthetic agencies (seed {seed}, scale {count})",
        data={"seed": seed, "scale": count, "created": len(missing), "fingerprint": fingerprint},
    )
    return ScaleSummary(
        created=len(missing), kept=len(plans) - len(missing), fingerprint=fingerprint
    )


def scale_fingerprint(seed: int) -> str:
    """A SHA-256 over the synthetic agencies of ``seed`` and what they hold, without ids,
    times or password hashes: equal for equal data, whatever database holds it."""
    agencies = Agency.objects.filter(synthetic=True, slug__startswith=f"sintetis-{seed}-")
    digest = hashlib.sha256()
    rows: Iterable[tuple[Any, ...]]
    for rows in (
        agencies.order_by("slug").values_list("slug", "name", "kind", "province"),
        Unit.objects.filter(agency__in=agencies)
        .order_by("agency__slug", "slug")
        .values_list("agency__slug", "slug", "name"),
        Membership.objects.filter(agency__in=agencies)
        .order_by("user__username")
        .values_list("user__username", "unit__slug", "roles"),
        Evaluation.objects.filter(agency__in=agencies)
        .order_by("agency__slug", "year")
        .values_list("agency__slug", "year", "state", "target"),
        Assessment.objects.filter(evaluation__agency__in=agencies)
        .order_by("evaluation__agency__slug", "evaluation__year", "indicator__number")
        .values_list(
            "evaluation__agency__slug",
            "evaluation__year",
            "indicator__number",
            "lead_unit__slug",
            "state",
            "claimed_level",
            "verified_level",
            "external_value",
        ),
        EvidenceLink.objects.filter(assessment__evaluation__agency__in=agencies)
        .order_by("assessment__evaluation__agency__slug", "assessment__evaluation__year", "pk")
        .values_list(
            "assessment__evaluation__year",
            "assessment__indicator__number",
            "document__title",
            "version__stored_file__sha256",
            "level",
        ),
        Action.objects.filter(evaluation__agency__in=agencies)
        .order_by("evaluation__agency__slug", "evaluation__year", "indicator__number")
        .values_list(
            "evaluation__year", "indicator__number", "to_level", "lead_unit__slug", "status"
        ),
    ):
        for row in rows:
            # Without the seed in the names, two seeds compare by what their agencies hold.
            text = (
                repr(row)
                .replace(f"sintetis-{seed}-", "sintetis-")
                .replace(f"Sintetis {seed}-", "Sintetis ")
            )
            digest.update(text.encode())
    return digest.hexdigest()


def _external_assessor(password: str) -> Any:
    users = get_user_model()
    assessor = users.objects.filter(username=EXTERNAL_ASSESSOR).first()
    if assessor is None:
        assessor = users.objects.create(
            username=EXTERNAL_ASSESSOR, first_name="Asesor", last_name="Sintetis", password=password
        )
        Membership.objects.create(
            user=assessor, agency=None, unit=None, roles=[Role.EXTERNAL_ASSESSOR.value]
        )
    return assessor


def _checked(instances: list[Any]) -> list[Any]:
    """The fields' own validators, as a form would run them (uniqueness is the database's)."""
    for instance in instances:
        instance.full_clean(validate_unique=False, validate_constraints=False)
    return instances


class _Writer:
    def __init__(self, revision: FrameworkRevision, password: str, assessor: Any) -> None:
        self.revision = revision
        self.framework = revision_scoring_framework(revision)
        self.indicators = {indicator.number: indicator for indicator in revision.indicators.all()}
        self.password = password
        self.assessor = assessor

    @transaction.atomic
    def write(self, plans: list[AgencyPlan]) -> None:
        written: list[str] = []
        try:
            self._write(plans, written)
        except BaseException:
            # The rows roll back; the bytes this batch stored must go with them.
            for name in written:
                default_storage.delete(name)
            raise

    def _write(self, plans: list[AgencyPlan], written: list[str]) -> None:
        agencies = Agency.objects.bulk_create(
            _checked(
                [
                    Agency(
                        name=plan.name,
                        slug=plan.slug,
                        kind=plan.kind,
                        province=plan.province,
                        synthetic=True,
                    )
                    for plan in plans
                ]
            )
        )
        units = Unit.objects.bulk_create(
            _checked(
                [
                    Unit(agency=agency, slug=slug, short_name=short, name=name)
                    for agency in agencies
                    for slug, short, name in data.UNITS
                ]
            )
        )
        units_of = {
            agency.pk: units[i * len(data.UNITS) : (i + 1) * len(data.UNITS)]
            for i, agency in enumerate(agencies)
        }
        coordinators = self._people(agencies, units_of)
        evaluations: list[tuple[Evaluation, EvaluationPlan]] = []
        for plan, agency in zip(plans, agencies, strict=True):
            for evaluation_plan in plan.evaluations:
                evaluations.append(
                    (
                        self._evaluation(agency, evaluation_plan, coordinators[agency.pk]),
                        evaluation_plan,
                    )
                )
        Evaluation.objects.bulk_create([evaluation for evaluation, _plan in evaluations])
        assessments = self._assessments(evaluations, units_of)
        # A finished evaluation's indices are stored as the workflow stores them when it
        # finishes, so the dashboard's history reads them instead of scoring them again.
        finished_scores_store_all(
            evaluations=[
                evaluation
                for evaluation, _plan in evaluations
                if evaluation.state == EvaluationState.FINISHED
            ]
        )
        self._transitions(evaluations, coordinators)
        self._external_assessors(evaluations)
        documents = self._documents(agencies, plans, coordinators, written)
        self._links(evaluations, assessments, documents, coordinators)
        self._actions(evaluations, units_of, coordinators)

    def _people(self, agencies: list[Agency], units_of: dict[int, list[Unit]]) -> dict[int, Any]:
        users = get_user_model()
        people: list[tuple[str, Agency, Unit | None, Role]] = []
        for agency in agencies:
            by_slug = {unit.slug: unit for unit in units_of[agency.pk]}
            people += [
                (f"{agency.slug}-koordinator", agency, by_slug["kominfo"], Role.COORDINATOR),
                (f"{agency.slug}-pimpinan", agency, None, Role.LEADERSHIP),
                (
                    f"{agency.slug}-asesor-internal",
                    agency,
                    by_slug["inspektorat"],
                    Role.INTERNAL_ASSESSOR,
                ),
            ]
            people += [
                (f"{agency.slug}-pic-{unit.slug}", agency, unit, Role.UNIT_PIC)
                for unit in units_of[agency.pk]
            ]
        created = users.objects.bulk_create(
            _checked(
                [
                    users(
                        username=username,
                        first_name=str(role.label).split(" (")[0][:150],
                        last_name=agency.name[:150],
                        password=self.password,
                    )
                    for username, agency, _unit, role in people
                ]
            )
        )
        Membership.objects.bulk_create(
            Membership(user=user, agency=agency, unit=unit, roles=[role.value])
            for user, (_username, agency, unit, role) in zip(created, people, strict=True)
        )
        return {
            agency.pk: user
            for user, (_username, agency, _unit, role) in zip(created, people, strict=True)
            if role is Role.COORDINATOR
        }

    def _evaluation(self, agency: Agency, plan: EvaluationPlan, coordinator: Any) -> Evaluation:
        validate_target(self.revision, plan.target)
        values = {
            "claimed": {i.number: i.claimed for i in plan.indicators if i.claimed is not None},
            "verified": {i.number: i.verified for i in plan.indicators if i.verified is not None},
            "external": {i.number: i.external for i in plan.indicators if i.external is not None},
        }
        try:
            for levels in values.values():
                parse_values(self.framework, levels, require_all=False)
        except ScoringInputError as error:
            raise ActionRefused(describe_scoring_error(error)) from error
        return Evaluation(
            agency=agency,
            year=plan.year,
            revision=self.revision,
            target=plan.target,
            self_assessment_deadline=datetime.date(plan.year, 6, 30),
            review_deadline=datetime.date(plan.year, 7, 31),
            state=plan.state,
            source_note=SYNTHETIC_NOTE,
            created_by=coordinator,
        )

    def _assessments(
        self, evaluations: list[tuple[Evaluation, EvaluationPlan]], units_of: dict[int, list[Unit]]
    ) -> dict[tuple[int, int], Assessment]:
        rows = [
            Assessment(
                evaluation=evaluation,
                indicator=self.indicators[indicator.number],
                lead_unit=units_of[evaluation.agency_id][indicator.lead_unit],
                state=indicator.state,
                claimed_level=_level(indicator.claimed),
                criteria_met=list(range(1, (indicator.claimed or 0) + 1)),
                verified_level=_level(indicator.verified),
                external_value=_level(indicator.external),
                return_note="Lengkapi bukti dukung (data sintetis)."
                if indicator.state == "dikembalikan"
                else "",
            )
            for evaluation, plan in evaluations
            for indicator in plan.indicators
        ]
        Assessment.objects.bulk_create(rows)
        return {(row.evaluation.pk, row.indicator.number): row for row in rows}

    def _transitions(
        self, evaluations: list[tuple[Evaluation, EvaluationPlan]], coordinators: dict[int, Any]
    ) -> None:
        Transition.objects.bulk_create(
            Transition(
                evaluation=evaluation,
                from_state=STATES[step],
                to_state=STATES[step + 1],
                by=coordinators[evaluation.agency_id],
                note=SYNTHETIC_NOTE if step == 0 else "",
            )
            for evaluation, plan in evaluations
            for step in range(STATES.index(plan.state))
        )

    def _external_assessors(self, evaluations: list[tuple[Evaluation, EvaluationPlan]]) -> None:
        through = Evaluation.external_assessors.through
        through.objects.bulk_create(
            through(evaluation_id=evaluation.pk, user_id=self.assessor.pk)
            for evaluation, plan in evaluations
            if STATES.index(plan.state) >= STATES.index("dikirim")
        )

    def _documents(
        self,
        agencies: list[Agency],
        plans: list[AgencyPlan],
        coordinators: dict[int, Any],
        written: list[str],
    ) -> dict[tuple[int, int], DocumentVersion]:
        documents: list[Document] = []
        contents: list[tuple[str, bytes]] = []
        for agency, plan in zip(agencies, plans, strict=True):
            year = plan.evaluations[-1].year
            for kind, title in DOCUMENTS:
                lines = [title.upper(), agency.name.upper(), f"Tahun {year}", SYNTHETIC_NOTE]
                documents.append(
                    Document(
                        agency=agency,
                        title=f"{title} {agency.name} {year}",
                        kind=kind,
                        number=f"{plan.number}/{kind.upper()}/{year}",
                        year=year,
                        issued_on=datetime.date(year, 1, 15),
                        created_by=coordinators[agency.pk],
                    )
                )
                contents.append(("\n".join(lines), small_pdf(lines)))
        Document.objects.bulk_create(_checked(documents))
        digests = [hashlib.sha256(content).hexdigest() for _text, content in contents]
        # Bytes already stored (an agency made again after it was removed) are shared.
        known = {row.sha256: row for row in StoredFile.objects.filter(sha256__in=digests)}
        new = []
        for digest, (_text, content) in zip(digests, contents, strict=True):
            if digest in known:
                continue
            name = default_storage.save(
                stored_file_path(StoredFile(sha256=digest), ""), ContentFile(content)
            )
            written.append(name)
            known[digest] = StoredFile(sha256=digest, file=name, size=len(content), kind="pdf")
            new.append(known[digest])
        StoredFile.objects.bulk_create(new)
        stored = [known[digest] for digest in digests]
        versions = DocumentVersion.objects.bulk_create(
            DocumentVersion(
                document=document,
                number=1,
                stored_file=stored_file,
                original_name=f"{document.title}.pdf",
                uploaded_by=document.created_by,
                text_status=TextStatus.DONE,
                page_count=1,
                signatures=[],
            )
            for document, stored_file in zip(documents, stored, strict=True)
        )
        PageText.objects.bulk_create(
            PageText(version=version, number=1, text=text)
            for version, (text, _content) in zip(versions, contents, strict=True)
        )
        per_agency = len(DOCUMENTS)
        return {
            (version.document.agency_id, index % per_agency): version
            for index, version in enumerate(versions)
        }

    def _links(
        self,
        evaluations: list[tuple[Evaluation, EvaluationPlan]],
        assessments: dict[tuple[int, int], Assessment],
        documents: dict[tuple[int, int], DocumentVersion],
        coordinators: dict[int, Any],
    ) -> None:
        links = []
        for evaluation, plan in evaluations:
            for number, document_index in plan.linked:
                assessment = assessments[evaluation.pk, number]
                version = documents[evaluation.agency_id, document_index]
                links.append(
                    EvidenceLink(
                        assessment=assessment,
                        document=version.document,
                        version=version,
                        level=int(assessment.claimed_level or 1),
                        created_by=coordinators[evaluation.agency_id],
                    )
                )
        EvidenceLink.objects.bulk_create(links)

    def _actions(
        self,
        evaluations: list[tuple[Evaluation, EvaluationPlan]],
        units_of: dict[int, list[Unit]],
        coordinators: dict[int, Any],
    ) -> None:
        claimed = {
            (evaluation.pk, indicator.number): indicator.claimed
            for evaluation, plan in evaluations
            for indicator in plan.indicators
        }
        Action.objects.bulk_create(
            _checked(
                [
                    Action(
                        evaluation=evaluation,
                        indicator=self.indicators[number],
                        from_value=Decimal(claimed[evaluation.pk, number] or 1),
                        to_level=to_level,
                        cost=Decimal(10_000_000 * to_level),
                        lead_unit=units_of[evaluation.agency_id][unit],
                        deadline=datetime.date(plan.year + 1, 6, 30),
                        status=status,
                        created_by=coordinators[evaluation.agency_id],
                        updated_by=coordinators[evaluation.agency_id],
                    )
                    for evaluation, plan in evaluations
                    for number, to_level, unit, status in plan.actions
                ]
            )
        )


def _level(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(Decimal("0.01"))
