"""What the archive app remembers: which agency exports were imported, so that a second import of
the same file is refused (or, with ``--update``, does nothing)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgencyImport(models.Model):
    """One agency export imported into this installation, named by its manifest's SHA-256."""

    manifest_sha256 = models.CharField(max_length=64, unique=True)
    agency = models.ForeignKey(
        "organizations.Agency", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    agency_slug = models.SlugField(_("agency"))
    exported_at = models.CharField(_("exported at"), max_length=40)
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)

    class Meta:
        ordering = ["-imported_at", "-id"]
        verbose_name = _("imported agency export")
        verbose_name_plural = _("imported agency exports")

    def __str__(self) -> str:
        return f"{self.agency_slug} ({self.exported_at})"
