"""Pemdi's evidence items (butir) of an evaluation, the assessors' results, the external indices.

An evaluation of a framework revision with items copies them when it is created, then keeps
its own list: the koordinator adds, renames and retires items to follow the national portal.
An item's status is the portal's (belum, draf, diajukan, diterima, revisi); "ditolak otomatis"
is never stored, the item rule derives it (``spbe.scoring.items``). The assessor's verdict is the
status the assessor gives (diterima or revisi), with the assessor's note; it is not stored twice.

Imported by ``models``, so that Django finds these models in the evaluations app.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from spbe.core.text import LONG_TEXT, long_text_validators
from spbe.scoring.items import ItemStatus

# The statuses an item may hold; the derived one is left out.
STORED_ITEM_STATUSES = [
    (status.value, status.label) for status in ItemStatus if status is not ItemStatus.AUTO_REJECTED
]


class VersionedRecord(models.Model):
    """Optimistic concurrency, as for an assessment: every write bumps the version, and a write
    based on an older version is refused (``versions.check_version``)."""

    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        abstract = True


class EvaluationItem(VersionedRecord):
    """One evidence item of one indicator of one evaluation, with the agency's and the
    assessor's word on it."""

    evaluation = models.ForeignKey(
        "evaluations.Evaluation", on_delete=models.CASCADE, related_name="items"
    )
    # The indicator of the evaluation the item belongs to (its lead unit answers it).
    assessment = models.ForeignKey(
        "evaluations.Assessment", on_delete=models.CASCADE, related_name="items"
    )
    code = models.CharField(_("code"), max_length=20)
    level = models.PositiveSmallIntegerField(_("level"))
    position = models.PositiveSmallIntegerField(_("position"))
    text = models.TextField(_("text"))
    # A retired item no longer counts; it is kept, with its history, and may come back.
    retired = models.BooleanField(_("retired"), default=False)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=STORED_ITEM_STATUSES,
        default=ItemStatus.NOT_STARTED.value,
    )
    note = models.TextField(
        _("agency's note"), blank=True, max_length=LONG_TEXT, validators=long_text_validators()
    )
    assessor_note = models.TextField(
        _("assessor's note"), blank=True, max_length=LONG_TEXT, validators=long_text_validators()
    )
    verdict_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    verdict_at = models.DateTimeField(_("verdict given at"), null=True, blank=True)
    # The agency's answer to a revisi verdict at the interview: an objection (sanggah) with new
    # evidence, or a promise to supply the evidence later (akan disusulkan) by a date.
    objection = models.TextField(
        _("objection (sanggah)"),
        blank=True,
        max_length=LONG_TEXT,
        validators=long_text_validators(),
    )
    promised_on = models.DateField(_("to be supplied by (akan disusulkan)"), null=True, blank=True)

    class Meta:
        ordering = ["evaluation", "assessment", "level", "position", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["evaluation", "code"], name="unique_evaluation_item_code"
            )
        ]
        verbose_name = _("evaluation item")
        verbose_name_plural = _("evaluation items")

    def __str__(self) -> str:
        return self.code

    @property
    def own_status(self) -> ItemStatus:
        return ItemStatus(self.status)


class AssessorResult(VersionedRecord):
    """The assessor's result for one indicator, as the national portal shows it."""

    assessment = models.OneToOneField(
        "evaluations.Assessment", on_delete=models.CASCADE, related_name="assessor_result"
    )
    # Within the framework's value range; Pemdi allows fractions (two decimals).
    value = models.DecimalField(
        _("assessor's value"), max_digits=4, decimal_places=2, null=True, blank=True
    )
    note = models.TextField(
        _("note (catatan)"), blank=True, max_length=LONG_TEXT, validators=long_text_validators()
    )
    recommendation = models.TextField(
        _("recommendation (rekomendasi)"),
        blank=True,
        max_length=LONG_TEXT,
        validators=long_text_validators(),
    )
    evidence_uploaded = models.BooleanField(_("evidence uploaded"), default=False)
    confirmed_at_interview = models.BooleanField(_("confirmed at the interview"), default=False)
    approved = models.BooleanField(_("approved"), default=False)

    class Meta:
        verbose_name = _("assessor's result")
        verbose_name_plural = _("assessors' results")

    def __str__(self) -> str:
        return f"{self.assessment}: {self.value}"


class ExternalIndexValue(VersionedRecord):
    """The value of another agency's index (SDI, SJIG, IPS, IKASANDI) for one indicator.

    The proof document, if any, is tied to it from the evidence app (``ExternalIndexProof``), so
    that the evaluations app never depends on the evidence app.
    """

    assessment = models.OneToOneField(
        "evaluations.Assessment", on_delete=models.CASCADE, related_name="external_index_value"
    )
    # On the index's own scale (SDI 0–100, IKASANDI 0–5, …), not the indicator's.
    value = models.DecimalField(_("index value"), max_digits=6, decimal_places=2)
    year = models.PositiveSmallIntegerField(_("year measured"))
    source = models.CharField(_("source"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("external index value")
        verbose_name_plural = _("external index values")

    def __str__(self) -> str:
        return f"{self.assessment}: {self.value} ({self.year})"
