"""Posting, editing and deleting comments; every change is audited.

Posting tells people: each ``@username`` mentioned who may see the indicator gets a
``comment-mention`` notification, and the thread's earlier participants (return notes
included; not the author, not those mentioned) get ``comment-reply``. Nobody who may not see
the indicator is told anything; the author learns which mentioned names could not be told.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.text import text_problem
from spbe.discussions import wording
from spbe.discussions.mentions import mentioned_usernames
from spbe.discussions.models import Comment
from spbe.discussions.policy import can_delete, can_edit, can_post, can_see_thread
from spbe.discussions.selectors import thread_key, thread_participants
from spbe.evaluations.models import Assessment, EvaluationItem
from spbe.notifications.services import notify_in_their_language
from spbe.organizations.actors import Actor, actor_for

MENTION = "comment-mention"
REPLY = "comment-reply"
MAX_LENGTH = 5000


@dataclass(frozen=True)
class Posted:
    comment: Comment
    # The mentioned usernames whose people may not see the indicator: they were not told.
    not_told: list[str] = field(default_factory=list)


@transaction.atomic
def comment_post(
    *, actor: Actor, assessment: Assessment, item: EvaluationItem | None = None, body: str
) -> Posted:
    """Post a comment in the thread of the indicator (or of one of its items) and tell the
    people mentioned and the thread's earlier participants who may see it."""
    evaluation = assessment.evaluation
    require(can_post(actor, evaluation))
    if item is not None and (item.assessment_id != assessment.pk or item.retired):
        raise ActionRefused(_("This item is not an active item of the indicator."))
    text = _clean(body)
    participants = thread_participants(assessment, item)
    comment = Comment.objects.create(
        evaluation=evaluation,
        assessment=assessment,
        item=item,
        author=actor.user,
        body=text,
        created_at=timezone.now(),
    )
    audit_record(
        actor=actor.user,
        action="comment.post",
        target=comment,
        summary=_summary(comment, "posted"),
        agency=evaluation.agency,
        data={"assessment": assessment.pk, "item": item.code if item else None, "body": text},
    )
    return Posted(comment=comment, not_told=_tell(actor, comment, text, participants))


@transaction.atomic
def comment_edit(*, actor: Actor, comment: Comment, body: str) -> Comment:
    """Change the text: only the author, within 15 minutes of posting (``policy.EDIT_WINDOW``)."""
    current = Comment.objects.select_for_update().select_related("evaluation").get(pk=comment.pk)
    now = timezone.now()
    require(can_edit(actor, current, now=now))
    text = _clean(body)
    before = current.body
    if text == before:
        return current
    current.body = text
    current.edited_at = now
    current.save(update_fields=["body", "edited_at"])
    audit_record(
        actor=actor.user,
        action="comment.edit",
        target=current,
        summary=_summary(current, "edited"),
        agency=current.evaluation.agency,
        data={"before": before, "after": text},
    )
    return current


@transaction.atomic
def comment_delete(*, actor: Actor, comment: Comment) -> Comment:
    """Delete the text, keeping the trace "deleted by … at …": the author or the koordinator.

    The audit row keeps the text's length, not the text: a comment is deleted when it should
    not have been written (a personal detail, the wrong thread)."""
    current = Comment.objects.select_for_update().select_related("evaluation").get(pk=comment.pk)
    require(can_delete(actor, current))
    length = len(current.body)
    current.body = ""
    current.deleted_at = timezone.now()
    current.deleted_by = actor.user
    current.save(update_fields=["body", "deleted_at", "deleted_by"])
    audit_record(
        actor=actor.user,
        action="comment.delete",
        target=current,
        summary=_summary(current, "deleted"),
        agency=current.evaluation.agency,
        data={"author": current.author_id, "length": length},
    )
    return current


def comment_link(comment: Comment) -> str:
    """The path of the comment's thread on the indicator page."""
    page = reverse(
        "evaluations:indicator",
        kwargs={"pk": comment.evaluation_id, "number": comment.assessment.indicator.number},
    )
    return f"{page}#{thread_key(comment.item)}"


def _clean(body: str) -> str:
    text = body.strip()
    if not text:
        raise ActionRefused(_("Write the comment first."), field="body")
    problem = text_problem(text, None)
    if problem:
        raise ActionRefused(problem, field="body")
    if len(text) > MAX_LENGTH:
        raise ActionRefused(
            _("A comment may be at most %(count)s characters long.") % {"count": MAX_LENGTH},
            field="body",
        )
    return text


def _summary(comment: Comment, what: str) -> str:
    where = comment.item.code if comment.item else comment.assessment.indicator.number
    return f"Comment {comment.pk} on {where} {what}"


def _tell(actor: Actor, comment: Comment, text: str, participants: list[Any]) -> list[str]:
    """Notify who may see the indicator; return the mentioned names that could not be told."""
    evaluation = comment.evaluation
    names = mentioned_usernames(text)
    users = get_user_model().objects.filter(username__in=names, is_active=True)
    mentioned, not_told = [], []
    for user in sorted(users, key=lambda user: names.index(user.username)):
        if user.pk == actor.pk:
            continue
        if can_see_thread(actor_for(user), evaluation):
            mentioned.append(user)
        else:
            not_told.append(user.username)
    told = {user.pk for user in mentioned} | {actor.pk}
    others = [
        person
        for person in participants
        if person.pk not in told and can_see_thread(actor_for(person), evaluation)
    ]
    author = actor.user.get_full_name() or actor.user.username
    number, code = comment.assessment.indicator.number, _code(comment)
    body, link = wording.excerpt(text), comment_link(comment)
    for recipients, kind, title in (
        (mentioned, MENTION, wording.mention_title),
        (others, REPLY, wording.reply_title),
    ):
        if recipients:
            notify_in_their_language(
                recipients=recipients,
                kind=kind,
                words=partial(_words, title, author, number, code, body),
                link=link,
                agency=evaluation.agency,
            )
    return not_told


def _words(
    title: Callable[[str, str], str], author: str, number: int, code: str | None, body: str
) -> tuple[str, str]:
    """The title in the reader's language (run inside its override); the body quotes."""
    return title(author, wording.thread_place(number, code)), body


def _code(comment: Comment) -> str | None:
    return comment.item.code if comment.item else None
