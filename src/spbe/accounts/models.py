from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who signs in. Their agency, unit and roles are kept by the organizations app."""

    # The language of the messages sent to them (email, and the inbox texts); empty: the
    # site's (LANGUAGE_CODE). Chosen on the notification settings page.
    language = models.CharField(
        _("language of messages"), max_length=10, choices=settings.LANGUAGES, blank=True
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
