"""The framework catalogue in the database: one row set per loaded library revision.

A revision is immutable once an evaluation uses it: the evaluation freezes the revision it was
created with, so a later change to the library never changes a past result.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _


class Framework(models.Model):
    code = models.SlugField(_("code"), unique=True)
    title = models.CharField(_("title"), max_length=300)
    short_title = models.CharField(_("short title"), max_length=120)

    class Meta:
        ordering = ["code"]
        verbose_name = _("framework")
        verbose_name_plural = _("frameworks")

    def __str__(self) -> str:
        return self.short_title


class FrameworkRevision(models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="revisions")
    number = models.PositiveIntegerField(_("revision"))
    revision_date = models.DateField(_("revision date"))
    revision_note = models.TextField(_("revision note"), blank=True)
    sha256 = models.CharField(_("SHA-256 of the library file"), max_length=64)
    document: models.JSONField[Any] = models.JSONField(_("library document"))
    loaded_at = models.DateTimeField(_("loaded at"), auto_now=True)

    class Meta:
        ordering = ["framework__code", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "number"], name="unique_revision_number")
        ]
        verbose_name = _("framework revision")
        verbose_name_plural = _("framework revisions")

    def __str__(self) -> str:
        return f"{self.framework.code} r{self.number}"


class Domain(models.Model):
    revision = models.ForeignKey(
        FrameworkRevision, on_delete=models.CASCADE, related_name="domains"
    )
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("name"), max_length=300)
    weight_text = models.CharField(_("weight"), max_length=20)

    class Meta:
        ordering = ["revision", "number"]
        constraints = [
            models.UniqueConstraint(fields=["revision", "number"], name="unique_domain_number")
        ]
        verbose_name = _("domain")
        verbose_name_plural = _("domains")

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"

    @property
    def weight(self) -> Fraction:
        return Fraction(self.weight_text)


class Aspect(models.Model):
    revision = models.ForeignKey(
        FrameworkRevision, on_delete=models.CASCADE, related_name="aspects"
    )
    domain = models.ForeignKey(
        Domain, on_delete=models.CASCADE, related_name="aspects", null=True, blank=True
    )
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("name"), max_length=300)
    weight_text = models.CharField(_("weight"), max_length=20)

    class Meta:
        ordering = ["revision", "number"]
        constraints = [
            models.UniqueConstraint(fields=["revision", "number"], name="unique_aspect_number")
        ]
        verbose_name = _("aspect")
        verbose_name_plural = _("aspects")

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"

    @property
    def weight(self) -> Fraction:
        return Fraction(self.weight_text)


# The indicator's texts: long, and decoded from JSON for every row read. A list that reads
# indicators for their number, code and name only defers these.
INDICATOR_TEXTS = (
    "question",
    "explanation",
    "criteria",
    "conditions",
    "evidence_hints",
    "sources",
    "quality_flags",
    "levels_without_items",
)


class Indicator(models.Model):
    revision = models.ForeignKey(
        FrameworkRevision, on_delete=models.CASCADE, related_name="indicators"
    )
    aspect = models.ForeignKey(Aspect, on_delete=models.CASCADE, related_name="indicators")
    number = models.PositiveSmallIntegerField(_("number"))
    code = models.CharField(_("code"), max_length=10)
    name = models.CharField(_("name"), max_length=400)
    weight_text = models.CharField(_("weight"), max_length=20)
    question = models.TextField(_("question"), blank=True)
    explanation = models.TextField(_("explanation"), blank=True)
    # Level number (as a string) -> text, exactly as in the library file.
    criteria: models.JSONField[Any] = models.JSONField(_("criteria per level"), default=dict)
    conditions: models.JSONField[Any] = models.JSONField(_("conditions per level"), default=dict)
    evidence_hints: models.JSONField[Any] = models.JSONField(_("evidence hints"), default=dict)
    sources: models.JSONField[Any] = models.JSONField(_("sources"), default=dict)
    quality_flags: models.JSONField[Any] = models.JSONField(_("quality flags"), default=list)
    # The levels for which the source lists no evidence items (Pemdi I9 level 3), e.g. [3]. Only
    # a revision with items has any; nothing can prove such a level by items.
    levels_without_items: models.JSONField[Any] = models.JSONField(
        _("levels without items in the source"), default=list
    )

    class Meta:
        ordering = ["revision", "number"]
        constraints = [
            models.UniqueConstraint(fields=["revision", "number"], name="unique_indicator_number")
        ]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return f"{self.code}. {self.name}"

    @property
    def weight(self) -> Fraction:
        return Fraction(self.weight_text)

    def criteria_levels(self) -> list[tuple[int, str]]:
        """(level, criterion) pairs in level order."""
        return sorted((int(level), text) for level, text in self.criteria.items())


class CatalogItem(models.Model):
    """One evidence item (butir) of a level, as the library file lists it: ``I3-L2-01``.

    Items are a capability of a framework revision: a revision with an item rule lists them for
    every level of every indicator; SPBE 2020 has none. Evaluations copy them when created.
    """

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="items")
    level = models.PositiveSmallIntegerField(_("level"))
    # 1, 2, … within the level, in the order of the module text.
    position = models.PositiveSmallIntegerField(_("position"))
    code = models.CharField(_("code"), max_length=20)
    text = models.TextField(_("text"))

    class Meta:
        ordering = ["indicator__number", "level", "position"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "code"], name="unique_catalog_item_code")
        ]
        verbose_name = _("evidence item")
        verbose_name_plural = _("evidence items")

    def __str__(self) -> str:
        return self.code
