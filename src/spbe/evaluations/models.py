"""An evaluation (agency × year × framework revision) and its per-indicator assessments."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from spbe.core.text import LONG_TEXT, long_text_validators


class EvaluationState(models.TextChoices):
    PREPARATION = "persiapan", _("Preparation")
    SELF_ASSESSMENT = "penilaian_mandiri", _("Self-assessment")
    REVIEW = "reviu", _("Review")
    SUBMITTED = "dikirim", pgettext_lazy("evaluation state", "Submitted")
    EXTERNAL_RESULT = "hasil_eksternal", _("External result")
    FINISHED = "selesai", _("Finished")


class AssessmentState(models.TextChoices):
    NOT_STARTED = "belum_diisi", _("Not filled in")
    DRAFT = "draf", _("Draft")
    SUBMITTED = "diajukan", _("Submitted")
    RETURNED = "dikembalikan", _("Returned")
    VERIFIED = "diverifikasi", _("Verified")


class Evaluation(models.Model):
    agency = models.ForeignKey(
        "organizations.Agency", on_delete=models.PROTECT, related_name="evaluations"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    # Frozen when the evaluation is created: later library revisions never change it.
    revision = models.ForeignKey(
        "catalog.FrameworkRevision", on_delete=models.PROTECT, related_name="evaluations"
    )
    target = models.DecimalField(_("target index"), max_digits=4, decimal_places=2)
    self_assessment_deadline = models.DateField(_("self-assessment closes"))
    review_deadline = models.DateField(_("review closes"))
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=EvaluationState.choices,
        default=EvaluationState.PREPARATION,
    )
    external_assessors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="external_evaluations"
    )
    illustrative = models.BooleanField(
        _("illustrative values"),
        default=False,
        help_text=_("The per-indicator values are illustrative (only totals were published)."),
    )
    source_note = models.CharField(_("source of the published result"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["agency", "-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "year", "revision"], name="unique_evaluation_per_year"
            )
        ]
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")

    def __str__(self) -> str:
        return f"{self.agency} {self.year} ({self.revision.framework.code})"


class Assessment(models.Model):
    """One indicator of one evaluation: who answers it, the claim, the review, the external result."""

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="assessments")
    indicator = models.ForeignKey(
        "catalog.Indicator", on_delete=models.PROTECT, related_name="assessments"
    )
    lead_unit = models.ForeignKey(
        "organizations.Unit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lead_assessments",
    )
    supporting_units = models.ManyToManyField(
        "organizations.Unit", blank=True, related_name="supporting_assessments"
    )
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=AssessmentState.choices,
        default=AssessmentState.NOT_STARTED,
    )
    claimed_level = models.DecimalField(
        _("claimed level"), max_digits=4, decimal_places=2, null=True, blank=True
    )
    justification = models.TextField(
        _("justification"), blank=True, max_length=LONG_TEXT, validators=long_text_validators()
    )
    # The levels whose criteria the unit says are met, e.g. [1, 2, 3].
    criteria_met = models.JSONField(_("criteria met"), default=list)
    verified_level = models.DecimalField(
        _("verified level"), max_digits=4, decimal_places=2, null=True, blank=True
    )
    verification_reason = models.TextField(
        _("reason for a different level"),
        blank=True,
        max_length=LONG_TEXT,
        validators=long_text_validators(),
    )
    return_note = models.TextField(
        _("note when returned"), blank=True, max_length=LONG_TEXT, validators=long_text_validators()
    )
    external_value = models.DecimalField(
        _("external value"), max_digits=4, decimal_places=2, null=True, blank=True
    )
    external_note = models.TextField(
        _("external note"), blank=True, max_length=LONG_TEXT, validators=long_text_validators()
    )
    # Optimistic concurrency: every write bumps it; a write based on an older version is refused.
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["evaluation", "indicator__number"]
        constraints = [
            models.UniqueConstraint(
                fields=["evaluation", "indicator"], name="unique_assessment_per_indicator"
            )
        ]
        verbose_name = _("indicator assessment")
        verbose_name_plural = _("indicator assessments")

    def __str__(self) -> str:
        return f"{self.evaluation} #{self.indicator.number}"


class Transition(models.Model):
    """Who moved what from which state to which, when, and why. Kept forever."""

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="transitions")
    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, null=True, blank=True, related_name="transitions"
    )
    from_state = models.CharField(max_length=20)
    to_state = models.CharField(max_length=20)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    note = models.TextField(blank=True, max_length=LONG_TEXT, validators=long_text_validators())

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("transition")
        verbose_name_plural = _("transitions")

    def __str__(self) -> str:
        return f"{self.from_state} → {self.to_state}"


# Pemdi's evidence items, assessors' results, external index values and stage windows live in
# modules of their own; importing them here is how Django finds them, and how callers may.
from spbe.evaluations.item_models import AssessorResult, EvaluationItem, ExternalIndexValue  # noqa: E402
from spbe.evaluations.score_models import StoredScore  # noqa: E402
from spbe.evaluations.stage_models import EvaluationStage, NationalStageWindow  # noqa: E402

__all__ = [
    "Assessment",
    "AssessmentState",
    "AssessorResult",
    "Evaluation",
    "EvaluationItem",
    "EvaluationStage",
    "EvaluationState",
    "ExternalIndexValue",
    "NationalStageWindow",
    "StoredScore",
    "Transition",
]
