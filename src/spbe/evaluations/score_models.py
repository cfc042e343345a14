"""The stored indices of a finished evaluation (``spbe.evaluations.finished_scores``)."""

from __future__ import annotations

from django.db import models


class StoredScore(models.Model):
    """One index (self, verified or external) of a finished evaluation, as the engine gave it.

    ``index`` and ``index_exact`` are the engine's Decimals as text, so they read back digit for
    digit.
    ``inputs`` stamps what it was scored from; a row whose stamp no longer matches is not read.
    """

    evaluation = models.ForeignKey(
        "evaluations.Evaluation", on_delete=models.CASCADE, related_name="stored_scores"
    )
    kind = models.CharField(max_length=10)
    index = models.CharField(max_length=16)
    index_exact = models.CharField(max_length=64)
    # The engine gives None when a framework names no predicate: stored as NULL, not "".
    predicate = models.CharField(max_length=100, null=True)  # noqa: DJ001
    basis = models.CharField(max_length=20)
    year = models.PositiveSmallIntegerField(null=True)
    filled = models.PositiveIntegerField()
    total = models.PositiveIntegerField()
    inputs = models.CharField(max_length=120)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "kind"], name="one_stored_score_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.evaluation_id} {self.kind} {self.index}"
