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


class SignInCounter(models.Model):
    """Failed sign-ins of one username or one client address, shared by every process.

    Kept in the database (not the per-process cache) so that four workers count one limit
    (``spbe.accounts.signin_limits``). A username's row also holds its lock.
    """

    class Kind(models.TextChoices):
        USERNAME = "username", _("username")
        ADDRESS = "address", _("address")

    kind = models.CharField(max_length=10, choices=Kind.choices)
    key = models.CharField(max_length=150)
    failures = models.PositiveIntegerField(default=0)
    window_start = models.DateTimeField()
    locked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="signin_counter_kind_key")
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.key}"
