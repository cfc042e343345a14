"""The letterhead: configured per agency, with the agency's name as the default."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.core.files.base import ContentFile

from spbe.reports.letterhead import agency_letterhead
from spbe.reports.models import ReportSettings
from tests.reports.conftest import logo_png

pytestmark = pytest.mark.dates


def test_without_settings_the_letterhead_is_the_agencys_name(cast):
    head = agency_letterhead(cast.agency)
    assert head.lines == ("KOTA UJI",) and head.logo is None


def test_the_configured_lines_and_logo_are_used(cast):
    settings = ReportSettings(
        agency=cast.agency, letterhead="PEMERINTAH KOTA UJI\n\n  Jalan Merdeka 1 "
    )
    settings.logo.save("lambang.png", ContentFile(logo_png()), save=False)
    settings.save()
    head = agency_letterhead(cast.agency)
    assert head.lines == ("PEMERINTAH KOTA UJI", "Jalan Merdeka 1")
    assert head.logo_type == "image/png" and head.logo_size == (120, 160)
    assert settings.logo.name.startswith("report-logos/") and "lambang" not in settings.logo.name


def test_a_logo_that_is_not_an_image_is_left_out(cast, caplog):
    settings = ReportSettings(agency=cast.agency, letterhead="PEMERINTAH KOTA UJI")
    settings.logo.save("logo.png", ContentFile(b"not an image"), save=False)
    settings.save()
    head = agency_letterhead(cast.agency)
    assert head.logo is None and head.lines == ("PEMERINTAH KOTA UJI",)
    assert "cannot be read" in caplog.text


def test_the_letterhead_is_edited_in_the_admin():
    assert admin.site.is_registered(ReportSettings)
