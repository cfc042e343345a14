"""Agencies (Instansi), their units (Perangkat Daerah) and who holds which role where."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AgencyKind(models.TextChoices):
    PUSAT = "pusat", _("Central government agency")
    PROVINSI = "provinsi", _("Province")
    KABUPATEN = "kabupaten", _("Regency")
    KOTA = "kota", _("City")


class Agency(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("short name for addresses"), unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=AgencyKind.choices)
    province = models.CharField(_("province"), max_length=100, blank=True)
    # Made by ``spbe demo --scale`` for load tests: not a real agency, its results never real.
    synthetic = models.BooleanField(
        _("synthetic (load-test data)"),
        default=False,
        help_text=_("Made by spbe demo --scale: not a real agency, its results are not real."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")

    def __str__(self) -> str:
        return self.name


class Unit(models.Model):
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="units")
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60)
    slug = models.SlugField(_("short name for addresses"))

    class Meta:
        ordering = ["agency", "name"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "slug"], name="unique_unit_slug"),
            models.UniqueConstraint(fields=["agency", "name"], name="unique_unit_name"),
        ]
        verbose_name = _("unit")
        verbose_name_plural = _("units")

    def __str__(self) -> str:
        return self.short_name or self.name


class Role(models.TextChoices):
    COORDINATOR = "koordinator", _("Coordinator (Tim Koordinasi SPBE)")
    UNIT_PIC = "pic", _("Unit PIC (PIC OPD)")
    INTERNAL_ASSESSOR = "asesor_internal", _("Internal assessor")
    LEADERSHIP = "pimpinan", _("Leadership (Pimpinan)")
    EXTERNAL_ASSESSOR = "asesor_eksternal", _("External assessor")


class Membership(models.Model):
    """A user's place: one agency (none for external assessors), one unit for a PIC, roles.

    External assessors belong to the national evaluator, not to the agency; they see only the
    evaluations they are assigned to.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership"
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="memberships", null=True, blank=True
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="memberships", null=True, blank=True
    )
    roles = models.JSONField(_("roles"), default=list)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self) -> str:
        return f"{self.user} @ {self.agency or '—'}"

    def has_role(self, role: Role) -> bool:
        return role.value in self.roles
