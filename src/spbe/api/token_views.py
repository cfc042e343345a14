"""The user's own page of access tokens: create (shown once), list, revoke."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from spbe.api.models import TokenScope
from spbe.api.token_selectors import tokens_of
from spbe.api.token_services import DEFAULT_DAYS, token_create, token_revoke
from spbe.core.errors import ActionRefused
from spbe.core.refusals import refusal_status
from spbe.organizations.actors import actor_for
from spbe.scoring.values import whole_number

TEMPLATE = "api/tokens.html"


@login_required
@require_http_methods(["GET", "POST"])
def token_page(request: HttpRequest) -> HttpResponse:
    context = {"form_name": "", "form_scope": TokenScope.READ, "form_days": DEFAULT_DAYS}
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "create":
                return _created(request, context)
            if action == "revoke":
                _revoke(request)
                return redirect("api_tokens")
        except ActionRefused as refused:
            context.update(
                form_name=request.POST.get("name", ""),
                form_scope=request.POST.get("scope", TokenScope.READ),
                form_days=request.POST.get("days", DEFAULT_DAYS),
                refusal=refused.message,
            )
            return _page(request, context, status=refusal_status(refused))
        raise Http404
    return _page(request, context)


def _created(request: HttpRequest, context: dict[str, object]) -> HttpResponse:
    _token, text = token_create(
        actor=actor_for(request.user),
        user=request.user,
        name=request.POST.get("name", ""),
        scope=request.POST.get("scope", ""),
        days=request.POST.get("days", DEFAULT_DAYS),
    )
    context["new_token"] = text
    return _page(request, context, status=201)


def _revoke(request: HttpRequest) -> None:
    token = tokens_of(request.user).filter(pk=whole_number(request.POST.get("token")) or 0).first()
    if token is None:
        raise Http404
    token_revoke(actor=actor_for(request.user), token=token)


def _page(request: HttpRequest, context: dict[str, object], *, status: int = 200) -> HttpResponse:
    context.update(tokens=tokens_of(request.user), scopes=TokenScope.choices)
    response = render(request, TEMPLATE, context, status=status)
    response["Cache-Control"] = "no-store"  # the page may show a new token
    return response
