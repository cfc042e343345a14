"""The demo's Pemdi 2026 evaluation, played through its stages by the demo's people.

Every step goes through the services the pages use, on the day of its stage: the PICs fill in
and submit their items in the Penilaian Mandiri, the internal assessor verifies the claims and
the koordinator sends the evaluation, the external assessor judges the items in the Penilaian
Dokumen, and on the load day (in the Penilaian Interviu) the PICs answer two revisi items with
a sanggah and promise one (akan disusulkan). What happened is in ``pemdi_data``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction

from spbe.demo import data
from spbe.demo.evidence import DemoLibrary, upload
from spbe.demo.evidence_texts import objection_document
from spbe.demo.pemdi_data import (
    ASSESSOR_RESULTS,
    EXTERNAL_VALUES,
    ILLUSTRATIVE,
    INDEX_CLAIMS,
    ITEM_PLANS,
    OBJECTIONS,
    PROMISED,
    CycleDays,
    ItemPlan,
)
from spbe.evaluations.assessment_services import assessment_save_claim, assessment_verify
from spbe.evaluations.assessor_services import assessor_result_save, item_verdict_record
from spbe.evaluations.external_index_services import external_index_value_set
from spbe.evaluations.item_services import item_answer_revision, item_save
from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem
from spbe.evaluations.services import (
    assignments_update,
    evaluation_advance,
    evaluation_create,
    external_assessor_set,
)
from spbe.evaluations.stage_services import stage_windows_set
from spbe.evidence.item_services import item_evidence_link
from spbe.evidence.models import EvidenceLink
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Agency, Unit
from spbe.schedule.stages import Stage, StageWindow
from spbe.scoring.items import ItemStatus

Say = Callable[[str], None]


def pemdi_cycle(
    agency: Agency,
    coordinator: Actor,
    units: dict[str, Unit],
    say: Say,
    *,
    today: datetime.date,
) -> None:
    if Evaluation.objects.filter(
        agency=agency, year=2026, revision__framework__code="pemdi-2026"
    ).exists():
        return
    days = CycleDays(today)
    with transaction.atomic():
        evaluation = _opened(agency, coordinator, units, days)
        library = DemoLibrary(agency, issued=days.documents_issued)
        _self_assessment(evaluation, days, library)
        library.sign_decree()
        evaluation = _sent(evaluation, coordinator)
        _documents(evaluation, coordinator, days)
        _interview(evaluation, days)
    say(
        "Evaluasi Pemdi 2026: Penilaian Dokumen selesai, Penilaian Interviu berjalan "
        "(putusan asesor ilustratif)"
    )


def _user(username: str) -> Actor:
    return actor_for(get_user_model().objects.get(username=username))


def _lead_pic(assessment: Assessment) -> Actor:
    assert assessment.lead_unit is not None, "every demo indicator has a lead unit"
    return _user(f"pic-{assessment.lead_unit.slug}")


def _opened(
    agency: Agency, coordinator: Actor, units: dict[str, Unit], days: CycleDays
) -> Evaluation:
    closes = days.self_assessment[1]
    evaluation = evaluation_create(
        actor=coordinator,
        agency=agency,
        year=2026,
        framework_code="pemdi-2026",
        target=Decimal("2.50"),
        self_assessment_deadline=closes,
        review_deadline=closes,
    )
    assignments_update(
        actor=coordinator,
        evaluation=evaluation,
        assignments={
            n: (units[lead].pk, {units[s].pk for s in support})
            for n, (lead, support) in data.PEMDI_2026_LEADS.items()
        },
    )
    stage_windows_set(
        actor=coordinator,
        evaluation=evaluation,
        windows=[
            StageWindow(Stage.SELF_ASSESSMENT, *days.self_assessment),
            StageWindow(Stage.DOCUMENTS, *days.documents),
            StageWindow(Stage.INTERVIEW, *days.interview),
        ],
    )
    return evaluation_advance(
        actor=coordinator, evaluation=evaluation, note="Penilaian Mandiri dibuka."
    )


def _items(evaluation: Evaluation, number: int, level: int) -> list[EvaluationItem]:
    return list(
        EvaluationItem.objects.filter(
            evaluation=evaluation, assessment__indicator__number=number, level=level
        ).order_by("position")
    )


def _self_assessment(evaluation: Evaluation, days: CycleDays, library: DemoLibrary) -> None:
    """The PICs submit their items with evidence and a note, then claim and submit the level;
    the decree of the Tim Koordinasi, linked as a draft, gets its signed version before the
    evaluation is sent."""
    reviewer = _user("asesor-internal")
    for assessment in evaluation.assessments.select_related("indicator", "lead_unit"):
        number = assessment.indicator.number
        pic = _lead_pic(assessment)
        plan = ITEM_PLANS.get(number)
        titles: list[str] = []
        if plan is not None:
            titles = _fill_items(
                evaluation, assessment, pic, plan, days.self_assessment_day, library
            )
        claim = plan.claim if plan else INDEX_CLAIMS[number]
        assessment = assessment_save_claim(
            actor=pic,
            assessment=assessment,
            version=assessment.version,
            claimed_level=claim,
            justification=_justification(number, claim, titles),
            criteria_met=list(range(1, claim + 1)),
            submit=True,
        )
        assessment_verify(
            actor=reviewer,
            assessment=assessment,
            version=assessment.version,
            verified_level=claim,
            reason="",
        )


def _justification(number: int, claim: int, titles: list[str]) -> str:
    """What the PIC writes beside the claim: the documents its items are answered with, or,
    for an indicator valued by its external index, where the value comes from."""
    if titles:
        return (
            f"Tingkat 1 sampai {claim} dijawab pada butir data dukung; bukti dukung yang "
            f"ditautkan: {'; '.join(titles)}."
        )
    if number in EXTERNAL_VALUES:
        _value, year, source = EXTERNAL_VALUES[number]
        return f"Nilai indikator ini diambil dari indeks eksternal: {source} ({year})."
    return "Nilai indikator ini diambil dari indeks eksternal, yang belum diterima dari penilainya."


def _fill_items(
    evaluation: Evaluation,
    assessment: Assessment,
    pic: Actor,
    plan: ItemPlan,
    day: datetime.date,
    library: DemoLibrary,
) -> list[str]:
    """Answer the items of ``plan`` with the indicator's documents; their titles, in order."""
    number = assessment.indicator.number
    submitted = list(range(1, plan.accepted + 1))
    drafted: list[int] = []
    if plan.next_level in ("revisi", "diajukan"):
        submitted.append(plan.accepted + 1)
    elif plan.next_level == "draf":
        drafted.append(plan.accepted + 1)
    if plan.worked_above:
        submitted.append(plan.accepted + 2)
    titles: dict[str, None] = {}
    for level in submitted + drafted:
        for item in _items(evaluation, number, level):
            document = library.for_item(pic, number, level, item.code)
            titles[document.title] = None
            link = item_evidence_link(actor=pic, item=item, document=document, today=day)
            _dated(link, day)
            item_save(
                actor=pic,
                item=item,
                version=item.version,
                note=f"{item.text[:200]} Lihat {document.title}.",
                submit=level in submitted,
                today=day,
            )
    return list(titles)


def _sent(evaluation: Evaluation, coordinator: Actor) -> Evaluation:
    evaluation = evaluation_advance(
        actor=coordinator, evaluation=evaluation, note="Reviu internal dimulai."
    )
    return evaluation_advance(
        actor=coordinator, evaluation=evaluation, note="Dikirim untuk Penilaian Dokumen."
    )


def _documents(evaluation: Evaluation, coordinator: Actor, days: CycleDays) -> None:
    """The external assessor judges the submitted items; the koordinator enters three indices."""
    assessor_user = get_user_model().objects.get(username="asesor")
    external_assessor_set(
        actor=coordinator, evaluation=evaluation, user=assessor_user, assigned=True
    )
    assessor = actor_for(assessor_user)
    day = days.documents_day
    for number, plan in ITEM_PLANS.items():
        for level in range(1, plan.accepted + 1):
            for item in _items(evaluation, number, level):
                item_verdict_record(
                    actor=assessor,
                    item=item,
                    version=item.version,
                    status=ItemStatus.ACCEPTED.value,
                    note=f"{ILLUSTRATIVE}bukti dukung sesuai.",
                    today=day,
                )
        if plan.next_level == "revisi":
            for item in _items(evaluation, number, plan.accepted + 1):
                item_verdict_record(
                    actor=assessor,
                    item=item,
                    version=item.version,
                    status=ItemStatus.REVISION.value,
                    note=ILLUSTRATIVE + plan.revision_note,
                    today=day,
                )
    for number, (value, note, recommendation) in ASSESSOR_RESULTS.items():
        assessor_result_save(
            actor=assessor,
            assessment=evaluation.assessments.get(indicator__number=number),
            version=0,
            value=value,
            note=ILLUSTRATIVE + note,
            recommendation=recommendation,
            evidence_uploaded=True,
            confirmed_at_interview=False,
            approved=False,
            today=day,
        )
    for number, (value, year, source) in EXTERNAL_VALUES.items():
        external_index_value_set(
            actor=coordinator,
            assessment=evaluation.assessments.get(indicator__number=number),
            version=0,
            value=value,
            year=year,
            source=source,
            today=day,
        )


def _interview(evaluation: Evaluation, days: CycleDays) -> None:
    """Two sanggah with new evidence and one promise, answered on the load day."""
    today = days.today
    for indicator, (objection, title) in OBJECTIONS.items():
        item = _first_in_revision(evaluation, indicator)
        pic = _lead_pic(item.assessment)
        document = upload(
            pic, evaluation.agency, objection_document(title, objection, days.interview[0])
        ).document
        item_evidence_link(actor=pic, item=item, document=document, today=today)
        item.refresh_from_db()
        item_answer_revision(
            actor=pic, item=item, version=item.version, objection=objection, today=today
        )
    indicator, in_days = PROMISED
    item = _first_in_revision(evaluation, indicator)
    item_answer_revision(
        actor=_lead_pic(item.assessment),
        item=item,
        version=item.version,
        promised_on=today + datetime.timedelta(days=in_days),
        today=today,
    )


def _first_in_revision(evaluation: Evaluation, indicator: str) -> EvaluationItem:
    return (
        EvaluationItem.objects.select_related("assessment__lead_unit")
        .filter(evaluation=evaluation, code__startswith=f"{indicator}-", status="revisi")
        .order_by("level", "position")
        .first()
    ) or _missing(indicator)


def _missing(indicator: str) -> EvaluationItem:
    raise AssertionError(f"the demo plan puts an item of {indicator} in revisi")


def _dated(link: EvidenceLink, day: datetime.date) -> None:
    """The demo plays the cycle in one go: a link made "in the Penilaian Mandiri" gets that
    day, so that the interview pack does not count it as new evidence for the interview."""
    stamp = datetime.datetime.combine(day, datetime.time(9), tzinfo=datetime.UTC)
    EvidenceLink.objects.filter(pk=link.pk).update(created_at=stamp)
