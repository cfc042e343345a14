"""``spbe demo`` refuses a production installation unless told to (``--force``)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from spbe.organizations.models import Agency

pytestmark = pytest.mark.django_db


def test_the_demo_refuses_to_load_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("demo", stdout=StringIO())
    assert not Agency.objects.filter(slug="pematangsiantar").exists()
