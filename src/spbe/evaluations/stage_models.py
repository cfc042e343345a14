"""The stages of an evaluation and their date windows, and the national windows of a year.

The national evaluator sets the windows of a year once (``NationalStageWindow``); they are
copied to every agency's evaluation of that framework and year (``EvaluationStage``), which is
what the access rules read. Imported by ``models``.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from spbe.schedule.stages import Stage, StageWindow

STAGE_CHOICES = [(stage.value, stage.label) for stage in Stage]


class EvaluationStage(models.Model):
    evaluation = models.ForeignKey(
        "evaluations.Evaluation", on_delete=models.CASCADE, related_name="stages"
    )
    stage = models.CharField(_("stage"), max_length=10, choices=STAGE_CHOICES)
    starts = models.DateField(_("starts"))
    ends = models.DateField(_("ends (last day)"))

    class Meta:
        ordering = ["evaluation", "starts"]
        constraints = [
            models.UniqueConstraint(
                fields=["evaluation", "stage"], name="unique_stage_per_evaluation"
            )
        ]
        verbose_name = _("evaluation stage")
        verbose_name_plural = _("evaluation stages")

    def __str__(self) -> str:
        return f"{self.evaluation} {self.stage} {self.starts}–{self.ends}"

    def window(self) -> StageWindow:
        return StageWindow(Stage(self.stage), self.starts, self.ends)


class NationalStageWindow(models.Model):
    framework = models.ForeignKey(
        "catalog.Framework", on_delete=models.PROTECT, related_name="national_stage_windows"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    stage = models.CharField(_("stage"), max_length=10, choices=STAGE_CHOICES)
    starts = models.DateField(_("starts"))
    ends = models.DateField(_("ends (last day)"))

    class Meta:
        ordering = ["framework", "-year", "starts"]
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "year", "stage"], name="unique_national_stage_window"
            )
        ]
        verbose_name = _("national stage window")
        verbose_name_plural = _("national stage windows")

    def __str__(self) -> str:
        return f"{self.framework} {self.year} {self.stage} {self.starts}–{self.ends}"

    def window(self) -> StageWindow:
        return StageWindow(Stage(self.stage), self.starts, self.ends)
