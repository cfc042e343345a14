"""Actions on the indicator page's evidence items (butir) and external index value.

Each posts to its own address and answers like the page's other actions
(``indicator_views.indicator_action``): back to the page with a message, or the page again
with the refusal (403 when the stage rule or the role refuses, 422 for bad input, 409 when
someone saved first) and the user's input kept in the item's own form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from spbe.core.errors import StaleVersion
from spbe.evaluations.external_index_services import external_index_value_set
from spbe.evaluations.item_forms import (
    INDEX_PREFIX,
    ExternalIndexForm,
    ItemAnswerForm,
    ItemNoteForm,
    answer_prefix,
    note_prefix,
)
from spbe.evaluations.item_selectors import indicator_item
from spbe.evaluations.item_services import item_answer_revision, item_save
from spbe.evaluations.models import Assessment, EvaluationItem, ExternalIndexValue
from spbe.evaluations.views.indicator_views import bound_form, indicator_action
from spbe.organizations.actors import Actor


@login_required
@require_POST
def item_note(request: HttpRequest, pk: int, number: int, code: str) -> HttpResponse:
    return indicator_action(request, pk, number, partial(_save, code=code))


@login_required
@require_POST
def item_answer(request: HttpRequest, pk: int, number: int, code: str) -> HttpResponse:
    return indicator_action(request, pk, number, partial(_answer, code=code))


@login_required
@require_POST
def external_index(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    return indicator_action(request, pk, number, _external_index)


def _save(
    request: HttpRequest,
    actor: Actor,
    assessment: Assessment,
    submitted: dict[str, Any],
    *,
    code: str,
) -> str:
    item = indicator_item(assessment, code)
    form = bound_form(ItemNoteForm, request, submitted, "item_note_form", prefix=note_prefix(code))
    submit = request.POST.get("submit") == "1"
    with _fresh_version_on_conflict(form, lambda: _item_version(item)):
        item_save(
            actor=actor,
            item=item,
            version=form.cleaned_data["version"],
            note=form.cleaned_data["note"],
            submit=submit,
            today=timezone.localdate(),
        )
    if submit:
        return _("Item %(code)s submitted (diajukan).") % {"code": code}
    return _("Item %(code)s saved as a draft.") % {"code": code}


def _answer(
    request: HttpRequest,
    actor: Actor,
    assessment: Assessment,
    submitted: dict[str, Any],
    *,
    code: str,
) -> str:
    item = indicator_item(assessment, code)
    form = bound_form(
        ItemAnswerForm, request, submitted, "item_answer_form", prefix=answer_prefix(code)
    )
    with _fresh_version_on_conflict(form, lambda: _item_version(item)):
        item_answer_revision(
            actor=actor,
            item=item,
            version=form.cleaned_data["version"],
            objection=form.cleaned_data["objection"],
            promised_on=form.cleaned_data["promised_on"],
            today=timezone.localdate(),
        )
    if form.cleaned_data["promised_on"]:
        return _("Item %(code)s: the evidence will be supplied (akan disusulkan).") % {"code": code}
    return _("Item %(code)s: sanggah saved.") % {"code": code}


def _external_index(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    form = bound_form(
        ExternalIndexForm, request, submitted, "external_index_form", prefix=INDEX_PREFIX
    )

    def current() -> int:
        entered = ExternalIndexValue.objects.filter(assessment=assessment).first()
        return entered.version if entered else 0

    with _fresh_version_on_conflict(form, current):
        external_index_value_set(
            actor=actor,
            assessment=assessment,
            version=form.cleaned_data["version"],
            value=form.cleaned_data["value"],
            year=form.cleaned_data["year"],
            source=form.cleaned_data["source"],
            today=timezone.localdate(),
        )
    return _("Index value recorded.")


def _item_version(item: EvaluationItem) -> int:
    return EvaluationItem.objects.values_list("version", flat=True).get(pk=item.pk)


@contextmanager
def _fresh_version_on_conflict(form: Any, version: Callable[[], int]) -> Iterator[None]:
    """On a stale version, give the form shown back the version now saved, so that sending it
    again (after reading the other person's change) is based on it."""
    try:
        yield
    except StaleVersion:
        data = form.data.copy()
        data[form.add_prefix("version")] = str(version())
        form.data = data
        raise
