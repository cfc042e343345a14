"""A comment in the thread of one indicator of an evaluation, or of one of its items (butir).

Threads are flat: comments follow each other in time, and a reply quotes with ``@username``
(docs/discussions.md). A deleted comment keeps its row, its author and its time, loses its
body, and says who deleted it and when.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from spbe.core.text import LONG_TEXT, long_text_validators


class Comment(models.Model):
    evaluation = models.ForeignKey(
        "evaluations.Evaluation", on_delete=models.CASCADE, related_name="comments"
    )
    assessment = models.ForeignKey(
        "evaluations.Assessment", on_delete=models.CASCADE, related_name="comments"
    )
    # None: the indicator's own thread; else the thread of this item of the indicator.
    item = models.ForeignKey(
        "evaluations.EvaluationItem",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(
        _("comment"), blank=True, max_length=LONG_TEXT, validators=long_text_validators()
    )
    created_at = models.DateTimeField(_("posted at"), db_index=True)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["assessment", "item", "created_at"])]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return f"{self.assessment_id}/{self.item_id or '-'} #{self.pk}"

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None
