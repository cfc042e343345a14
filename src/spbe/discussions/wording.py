"""The sentences of the comment notifications (short; Indonesian by default through gettext)."""

from __future__ import annotations

from django.utils.translation import gettext as _

# How much of a comment a notification quotes.
EXCERPT = 200


def thread_place(number: int, item_code: str | None) -> str:
    """Where the thread is: "indicator 7" or "item 7.2.a of indicator 7"."""
    if item_code:
        return _("item %(code)s of indicator %(number)s") % {"code": item_code, "number": number}
    return _("indicator %(number)s") % {"number": number}


def mention_title(author: str, place: str) -> str:
    return _("%(author)s mentioned you on %(place)s") % {"author": author, "place": place}


def reply_title(author: str, place: str) -> str:
    return _("%(author)s commented on %(place)s") % {"author": author, "place": place}


def excerpt(body: str) -> str:
    body = " ".join(body.split())
    return body if len(body) <= EXCERPT else body[: EXCERPT - 1] + "…"


def cannot_see(usernames: list[str]) -> str:
    """Told to the author: the people mentioned who may not see the indicator got nothing."""
    return _("%(names)s cannot see this indicator and were not notified.") % {
        "names": ", ".join(f"@{name}" for name in usernames)
    }
