"""Reading threads, scoped to who may see the indicator (404 otherwise).

A thread is the indicator's (or one item's) comments in time, with the reviewers' return notes
among them: the evaluations app keeps those notes in its own records (the indicator's
``Transition`` to "returned", the item's "revisi" verdict in the audit log), and this selector
reads them, so that a return note starts the thread without evaluations knowing of comments.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from spbe.audit.models import AuditEvent
from spbe.catalog.selectors import revision_has_items
from spbe.discussions.models import Comment
from spbe.discussions.policy import can_delete, can_edit, can_see_thread
from spbe.evaluations.models import Assessment, AssessmentState, EvaluationItem
from spbe.evaluations.selectors import assessment_transitions
from spbe.organizations.actors import Actor
from spbe.scoring.items import ItemStatus

RETURN = "return"
COMMENT = "comment"


@dataclass(frozen=True)
class ThreadEntry:
    """One entry of a thread: a comment, or a reviewer's return note (``kind`` says which)."""

    kind: str
    author: Any
    at: datetime.datetime
    body: str
    comment: Comment | None = None
    can_edit: bool = False
    can_delete: bool = False


@dataclass(frozen=True)
class Thread:
    """One thread: its anchor on the indicator page (the element's id) and its entries."""

    key: str
    entries: list[ThreadEntry]
    item: EvaluationItem | None = None


def thread_key(item: EvaluationItem | None) -> str:
    """The anchor of a thread on the indicator page; an item code's dots become dashes so
    that the id is also a plain CSS selector (htmx selects the thread by it)."""
    if item is None:
        return "komentar"
    return "komentar-" + re.sub(r"[^A-Za-z0-9_-]", "-", item.code)


def indicator_threads(actor: Actor, assessment: Assessment) -> tuple[Thread, dict[str, Thread]]:
    """The indicator's own thread and each active item's thread by code, in four queries (two
    without items)."""
    evaluation = assessment.evaluation
    if not can_see_thread(actor, evaluation):
        raise Http404
    # Only a revision with evidence items (Pemdi) has item threads; SPBE 2020 is not asked.
    items = (
        list(assessment.items.filter(retired=False))
        if revision_has_items(evaluation.revision)
        else []
    )
    comments = Comment.objects.filter(assessment=assessment).select_related(
        "author", "deleted_by", "evaluation"
    )
    now = timezone.now()
    own: list[ThreadEntry] = _indicator_returns(assessment)
    by_item: dict[int, list[ThreadEntry]] = defaultdict(list)
    for entry in _item_returns(items):
        by_item[entry[0]].append(entry[1])
    for comment in comments:
        shown = _comment_entry(actor, comment, now)
        (by_item[comment.item_id] if comment.item_id else own).append(shown)
    return Thread(thread_key(None), _in_time(own)), {
        item.code: Thread(thread_key(item), _in_time(by_item[item.pk]), item) for item in items
    }


def thread_for(actor: Actor, assessment: Assessment, item: EvaluationItem | None) -> Thread:
    """One thread (the indicator's when ``item`` is None); 404 for a retired item."""
    own, items = indicator_threads(actor, assessment)
    if item is None:
        return own
    if item.code not in items:
        raise Http404
    return items[item.code]


def thread_participants(assessment: Assessment, item: EvaluationItem | None) -> list[Any]:
    """Everyone who wrote in the thread, return notes included, each once (deleted comments
    count: their authors took part)."""
    comments = Comment.objects.filter(assessment=assessment, item=item).select_related("author")
    returns = (
        [entry for _pk, entry in _item_returns([item])]
        if item is not None
        else _indicator_returns(assessment)
    )
    people: dict[int, Any] = {}
    for person in [entry.author for entry in returns] + [c.author for c in comments]:
        if person is not None:
            people.setdefault(person.pk, person)
    return list(people.values())


def comment_for(actor: Actor, assessment: Assessment, pk: int) -> Comment:
    """A comment of this indicator's threads; the assessment must come from a visible
    evaluation (``evaluations.selectors.assessment_for``)."""
    if not can_see_thread(actor, assessment.evaluation):
        raise Http404
    comment = (
        Comment.objects.select_related("evaluation", "item", "author")
        .filter(assessment=assessment, pk=pk)
        .first()
    )
    if comment is None:
        raise Http404
    return comment


def _comment_entry(actor: Actor, comment: Comment, now: datetime.datetime) -> ThreadEntry:
    return ThreadEntry(
        kind=COMMENT,
        author=comment.author,
        at=comment.created_at,
        body=comment.body,
        comment=comment,
        can_edit=bool(can_edit(actor, comment, now=now)),
        can_delete=bool(can_delete(actor, comment)),
    )


def _indicator_returns(assessment: Assessment) -> list[ThreadEntry]:
    # The page's history has read the transitions already; the thread shows the returns with
    # a note among them.
    return [
        ThreadEntry(kind=RETURN, author=t.by, at=t.at, body=t.note)
        for t in assessment_transitions(assessment)
        if t.to_state == AssessmentState.RETURNED and t.note
    ]


def _item_returns(items: list[EvaluationItem]) -> list[tuple[int, ThreadEntry]]:
    """The "revisi" verdicts with a note, as the audit log keeps them (an item holds only its
    latest note)."""
    if not items:
        return []
    events = (
        AuditEvent.objects.filter(
            action="item.verdict",
            object_type=EvaluationItem._meta.label_lower,
            object_id__in=[str(item.pk) for item in items],
            data__after__status=ItemStatus.REVISION.value,
        )
        .exclude(Q(data__after__note="") | Q(data__after__note=None))
        .select_related("actor")
        .order_by("at", "id")
    )
    return [
        (
            int(event.object_id),
            ThreadEntry(
                kind=RETURN, author=event.actor, at=event.at, body=event.data["after"]["note"]
            ),
        )
        for event in events
    ]


def _in_time(entries: list[ThreadEntry]) -> list[ThreadEntry]:
    return sorted(entries, key=lambda entry: entry.at)
