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


class TwoFactorDevice(models.Model):
    """A user's authenticator app (TOTP, RFC 6238): the shared secret and the last step used.

    The secret must be readable to check a code, so it cannot be hashed; it is kept sealed
    under the installation's field key (``core.sealed_text``), so a copy of the database alone
    gives no one the codes. ``two_factor.device_secret`` opens it. ``last_step`` refuses a code
    used twice.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="two_factor_device"
    )
    sealed_secret = models.CharField(max_length=255)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    last_step = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("two-factor device")
        verbose_name_plural = _("two-factor devices")

    def __str__(self) -> str:
        return f"{self.user}"


class RecoveryCode(models.Model):
    """One recovery code of a user, kept only as its SHA-256; each is used once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recovery_codes"
    )
    code_hash = models.CharField(max_length=64)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "code_hash"], name="recovery_code_user_hash")
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.code_hash[:8]}"


class TwoFactorPolicy(models.Model):
    """Who must sign in with two factors: the superusers, and the members of these roles.

    One row (pk 1), edited in the admin; without it, superusers must and no role must.
    """

    superusers = models.BooleanField(
        _("installation administrators must use two-factor"), default=True
    )
    roles = models.JSONField(_("roles that must use two-factor"), default=list, blank=True)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("two-factor policy")
        verbose_name_plural = _("two-factor policy")

    def __str__(self) -> str:
        return str(_("two-factor policy"))
