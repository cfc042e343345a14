"""Published Indeks SPBE results of every agency, and which platform agency each one is."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PublishedResultRow(models.Model):
    """One agency's published result for one year, exactly as the source prints it."""

    agency_name = models.CharField(_("name as published"), max_length=250)
    agency_key = models.CharField(_("normalised name"), max_length=250, db_index=True)
    kind = models.CharField(_("kind"), max_length=10)
    province = models.CharField(_("province"), max_length=100, blank=True)
    year = models.PositiveSmallIntegerField(_("year"))
    framework = models.CharField(_("framework"), max_length=30)
    d1 = models.DecimalField(max_digits=4, decimal_places=2, null=True)
    d2 = models.DecimalField(max_digits=4, decimal_places=2, null=True)
    d3 = models.DecimalField(max_digits=4, decimal_places=2, null=True)
    d4 = models.DecimalField(max_digits=4, decimal_places=2, null=True)
    index = models.DecimalField(_("index"), max_digits=4, decimal_places=2)
    predicate = models.CharField(_("predicate"), max_length=40, blank=True)
    source = models.CharField(_("source"), max_length=300)
    source_row = models.PositiveIntegerField(_("row in the imported file"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["year", "agency_key"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency_key", "year", "framework"], name="unique_published_result"
            )
        ]
        verbose_name = _("published result")
        verbose_name_plural = _("published results")

    def __str__(self) -> str:
        return f"{self.agency_name} {self.year}: {self.index}"


class MatchStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    SUGGESTED = "suggested", _("Suggested, waiting for confirmation")
    NONE = "none", _("No published result found")


class AgencyLink(models.Model):
    """Which published name is this platform agency. Uncertain matches wait for a person."""

    agency = models.OneToOneField(
        "organizations.Agency", on_delete=models.CASCADE, related_name="published_link"
    )
    agency_key = models.CharField(_("normalised published name"), max_length=250, blank=True)
    published_name = models.CharField(_("name as published"), max_length=250, blank=True)
    score = models.DecimalField(max_digits=5, decimal_places=1, null=True)
    status = models.CharField(_("status"), max_length=12, choices=MatchStatus.choices)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("link to published results")
        verbose_name_plural = _("links to published results")

    def __str__(self) -> str:
        return f"{self.agency} = {self.published_name or '—'} ({self.status})"
