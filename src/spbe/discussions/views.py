"""The threads' section of the indicator page, and the actions posted from it.

The indicator page belongs to evaluations, which does not import this app: settings name
:func:`discussion_section` as one of the page's sections (and its item slot), and the forms
post here. Each action answers like the page's own (``indicator_action``): back to the page
with a message, or the page again with the refusal. The forms post with htmx and swap only
their thread (``hx-select``) and the messages (``hx-select-oob``); without JavaScript they
post as plain forms.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from spbe.core.errors import ActionRefused, NotAllowed
from spbe.core.refusals import refusal_status
from spbe.discussions import wording
from spbe.discussions.forms import CommentForm
from spbe.discussions.policy import can_post
from spbe.discussions.selectors import comment_for, indicator_threads
from spbe.discussions.services import comment_delete, comment_edit, comment_post
from spbe.evaluations.indicator_sections import IndicatorSection
from spbe.evaluations.item_selectors import indicator_item
from spbe.evaluations.models import Assessment, Evaluation
from spbe.evaluations.selectors import assessment_for, evaluation_for
from spbe.evaluations.views.indicator_views import (
    TEMPLATE,
    IndicatorAction,
    bound_form,
    indicator_action,
    indicator_context,
)
from spbe.organizations.actors import Actor, actor_for


def discussion_section(
    actor: Actor, evaluation: Evaluation, assessment: Assessment
) -> IndicatorSection:
    """The indicator's thread, and each item's thread in the item slot."""
    thread, item_threads = indicator_threads(actor, assessment)
    return IndicatorSection(
        template="discussions/_thread.html",
        context={
            "thread": thread,
            "item_threads": item_threads,
            "comment_form": CommentForm(),
            "can_comment": can_post(actor, evaluation),
        },
        slots={"item": "discussions/_item_thread.html"},
    )


@login_required
@require_POST
def post(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    return _answer(request, pk, number, _post)


@login_required
@require_POST
def edit(request: HttpRequest, pk: int, number: int, comment: int) -> HttpResponse:
    return _answer(request, pk, number, _on_comment(comment, "edit"))


@login_required
@require_POST
def delete(request: HttpRequest, pk: int, number: int, comment: int) -> HttpResponse:
    return _answer(request, pk, number, _on_comment(comment, "delete"))


def _answer(request: HttpRequest, pk: int, number: int, handler: IndicatorAction) -> HttpResponse:
    """A plain post answers like the page's actions; an htmx post gets the page with the
    message (or the refusal, 422) inside the thread, which htmx selects and swaps. A refusal by
    role (403) is not swapped by htmx: the page reloads and shows it among the messages."""
    if request.headers.get("HX-Request") != "true":
        return indicator_action(request, pk, number, handler)
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    assessment = assessment_for(actor, evaluation, number)
    submitted: dict[str, Any] = {}
    status = 200
    try:
        notice = handler(request, actor, assessment, submitted)
    except NotAllowed as error:
        messages.error(request, error.message)
        response = HttpResponse(status=refusal_status(error))
        response["HX-Refresh"] = "true"
        return response
    except ActionRefused as error:
        notice, status = error.message, refusal_status(error)
    context = indicator_context(actor, evaluation, assessment_for(actor, evaluation, number))
    if status != 200 and submitted.get("form") is not None:
        context[submitted["name"]] = submitted["form"]
        context["failed_form"] = submitted["form"]
    context["thread_notice"] = {
        "key": request.POST.get("thread", "komentar"),
        "text": notice,
        "refused": status != 200,
    }
    return render(request, TEMPLATE, context, status=status)


def _post(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    code = request.POST.get("item", "")
    item = indicator_item(assessment, code) if code else None
    form = bound_form(CommentForm, request, submitted, "comment_form")
    posted = comment_post(
        actor=actor, assessment=assessment, item=item, body=form.cleaned_data["body"]
    )
    message = _("Comment posted.")
    if posted.not_told:
        message = f"{message} {wording.cannot_see(posted.not_told)}"
    return message


def _on_comment(pk: int, change: str) -> IndicatorAction:
    """The action that edits (``change`` "edit") or deletes comment ``pk`` of the indicator."""

    def action(
        request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
    ) -> str:
        comment = comment_for(actor, assessment, pk)
        if change == "edit":
            comment_edit(actor=actor, comment=comment, body=request.POST.get("body", ""))
            return _("Comment changed.")
        comment_delete(actor=actor, comment=comment)
        return _("Comment deleted.")

    return action
