"""Errors a service raises when a request breaks a rule. The message is for the user."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied


class ActionRefused(Exception):
    """The request is understood but breaks a rule; nothing was changed.

    ``field`` names the form field the message belongs to, when there is one.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class StaleVersion(ActionRefused):
    """Someone else saved the same record since it was read; nothing was overwritten."""


class NotAllowed(ActionRefused, PermissionDenied):
    """The actor's role or scope does not allow this; ``message`` is the access rule's reason.

    It is a ``PermissionDenied`` too, so a view that does not render it itself still answers
    403 (Django's handler shows the reason on the 403 page).
    """
