"""Per-evaluation planning data: edited step costs, and the action plan."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from spbe.core.text import LONG_TEXT, long_text_validators


class PlanCosts(models.Model):
    """The costs file of one evaluation (the library's defaults apply where it is silent)."""

    evaluation = models.OneToOneField(
        "evaluations.Evaluation", on_delete=models.CASCADE, related_name="plan_costs"
    )
    costs: models.JSONField[Any] = models.JSONField(_("step costs"), default=dict)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    # Bumped by every save, so that a form opened before someone else's save is refused.
    version = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("plan costs")
        verbose_name_plural = _("plan costs")

    def __str__(self) -> str:
        return f"{self.evaluation}"


class ActionStatus(models.TextChoices):
    PLANNED = "direncanakan", _("Planned")
    IN_PROGRESS = "berjalan", _("In progress")
    DONE = "selesai", _("Done")
    CANCELLED = "dibatalkan", _("Cancelled")


class Action(models.Model):
    """One step of the action plan: raise an indicator from one level to another, by a date."""

    evaluation = models.ForeignKey(
        "evaluations.Evaluation", on_delete=models.CASCADE, related_name="actions"
    )
    indicator = models.ForeignKey("catalog.Indicator", on_delete=models.PROTECT, related_name="+")
    from_value = models.DecimalField(_("from"), max_digits=4, decimal_places=2)
    to_level = models.PositiveSmallIntegerField(_("to level"))
    cost = models.DecimalField(_("cost"), max_digits=10, decimal_places=2)
    lead_unit = models.ForeignKey(
        "organizations.Unit",
        on_delete=models.PROTECT,
        related_name="actions",
        null=True,
        blank=True,
    )
    contributing_units = models.ManyToManyField(
        "organizations.Unit", blank=True, related_name="contributed_actions"
    )
    deadline = models.DateField(_("deadline"))
    status = models.CharField(
        _("status"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.PLANNED
    )
    evidence = models.ManyToManyField("evidence.Document", blank=True, related_name="actions")
    note = models.TextField(
        _("note"), blank=True, max_length=LONG_TEXT, validators=long_text_validators()
    )
    # The assessor's recommendation the action was made from (one action per recommendation).
    recommendation_of = models.OneToOneField(
        "evaluations.AssessorResult",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="planned_action",
        verbose_name=_("from the assessor's recommendation"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Optimistic concurrency, as for an assessment: every change bumps it, and a change based
    # on an older version is refused (``evaluations.versions.check_version``).
    version = models.PositiveIntegerField(default=1)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["evaluation", "deadline", "indicator__number", "pk"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self) -> str:
        return f"{self.indicator.code}: {self.from_value} → {self.to_level}"
