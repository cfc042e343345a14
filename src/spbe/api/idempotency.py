"""``Idempotency-Key`` for the API's create calls: a client that retries (after a timeout, a
dropped connection) gets the answer of the first call, and nothing is created twice.

Adopt it with one line under the route::

    @router.post("/documents", response={201: DocumentOut, ...})
    @idempotent
    def document_create(request, ...): ...

The key is the caller's (per user); it is remembered for 24 hours with a fingerprint of the
request (method, path, query and body: form fields and each file's SHA-256, or the JSON body).
The claim on the key, the create and the stored answer are one transaction: a failed or refused
call leaves nothing behind, so it may be retried with the same key; and of two calls with the
same key at the same moment only one creates, the other waits on the unique key and then gets
the first one's answer.
"""

from __future__ import annotations

import datetime
import hashlib
import inspect
import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Header, Status
from ninja.responses import NinjaJSONEncoder
from ninja.utils import contribute_operation_args

from spbe.api.errors import error_body
from spbe.api.models import IdempotencyKey

HEADER = "Idempotency-Key"
LIFETIME = datetime.timedelta(hours=24)
REPLAYED_HEADER = "Idempotent-Replayed"
_ARGUMENT = "idempotency_key"
_FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")
# The headers an endpoint sets on ninja's response that name what it made: replayed with the body.
_KEPT_HEADERS = ("Location", "ETag")


def idempotent(view: Callable[..., Any]) -> Callable[..., Any]:
    """Make a create endpoint answer a retry with the same ``Idempotency-Key`` from memory."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        key = (kwargs.pop(_ARGUMENT, None) or "").strip()
        if not key:
            return view(request, *args, **kwargs)
        try:
            fingerprint = request_fingerprint(request)
        except MultiPartParserError:
            # A body that cannot be read as the form it claims to be: the endpoint refuses it
            # as it would without a key, and nothing is remembered.
            return view(request, *args, **kwargs)
        headers = next((v for v in kwargs.values() if isinstance(v, HttpResponse)), None)
        return _once(request, key, fingerprint, lambda: view(request, *args, **kwargs), headers)

    # ninja reads the parameters from the signature, resolving names in the function's own
    # module: give it the view's, resolved there, not this module's.
    wrapper.__signature__ = inspect.signature(view, eval_str=True)  # type: ignore[attr-defined]
    contribute_operation_args(
        wrapper,
        _ARGUMENT,
        str | None,  # type: ignore[arg-type]
        Header(
            None,
            alias=HEADER,
            max_length=255,
            description=(
                "Any unique string (a UUID). A retry with the same key and the same request "
                "gets the first answer and creates nothing; remembered for 24 hours."
            ),
        ),
    )
    return wrapper


def request_fingerprint(request: HttpRequest) -> str:
    """The SHA-256 of what the request asks: the same for a retry whatever the multipart
    boundary or the order of the JSON keys, different for any other field, value or file."""
    parts: dict[str, Any] = {"query": sorted(request.GET.lists())}
    if request.content_type in _FORMS:
        parts["form"] = sorted(request.POST.lists())
        parts["files"] = sorted(
            (name, upload.name, _file_digest(upload))
            for name, uploads in request.FILES.lists()
            for upload in uploads
        )
    else:
        try:
            parts["json"] = json.loads(request.body or b"null")
        except ValueError:
            parts["raw"] = hashlib.sha256(request.body).hexdigest()
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _once(
    request: HttpRequest,
    key: str,
    fingerprint: str,
    create: Callable[[], Any],
    headers: HttpResponse | None,
) -> Any:
    user = request.user
    assert user.is_authenticated, "the API authenticates before the endpoint runs"
    now = timezone.now()
    with transaction.atomic():
        IdempotencyKey.objects.filter(user=user, created_at__lt=now - LIFETIME).delete()
        try:
            with transaction.atomic():
                claim = IdempotencyKey.objects.create(
                    user=user,
                    key=key,
                    method=request.method or "",
                    path=request.path,
                    request_hash=fingerprint,
                    created_at=now,
                )
        except IntegrityError:
            return _replay(request, user, key, fingerprint)
        result = create()
        status, body = _answer_of(result)
        if not 200 <= status < 300:
            # An answer that created nothing is not remembered: the client may fix the request
            # and retry with the same key.
            transaction.set_rollback(True)
            return result
        claim.response_status, claim.response_body = status, body
        claim.response_headers = _kept_headers(result, headers)
        claim.save(update_fields=["response_status", "response_body", "response_headers"])
    return result


def _replay(request: HttpRequest, user: Any, key: str, fingerprint: str) -> HttpResponse:
    earlier = IdempotencyKey.objects.filter(user=user, key=key).first()
    if earlier is None or earlier.response_status is None:
        return JsonResponse(
            error_body(
                _("A request with this Idempotency-Key is still being processed; try again."),
                "idempotency_in_progress",
            ),
            status=409,
        )
    same = (earlier.method, earlier.path, earlier.request_hash) == (
        request.method,
        request.path,
        fingerprint,
    )
    if not same:
        return JsonResponse(
            error_body(
                _(
                    "This Idempotency-Key was used for a different request; use a new key "
                    "for a new request."
                ),
                "idempotency_mismatch",
                {HEADER: [_("Already used for a different request.")]},
            ),
            status=422,
        )
    response = HttpResponse(
        earlier.response_body,
        status=earlier.response_status,
        content_type="application/json; charset=utf-8",
    )
    for name, value in earlier.response_headers.items():
        response[name] = value
    response[REPLAYED_HEADER] = "true"
    return response


def _kept_headers(result: Any, temporal: HttpResponse | None) -> dict[str, str]:
    """The headers naming what was made, from the endpoint's own response or ninja's."""
    value = result.value if isinstance(result, Status) else result
    source = value if isinstance(value, HttpResponse) else temporal
    if source is None:
        return {}
    return {name: source[name] for name in _KEPT_HEADERS if source.has_header(name)}


def _answer_of(result: Any) -> tuple[int, str]:
    """The status and the JSON text of what an endpoint returned, as the client receives it."""
    status, value = (
        (result.status_code, result.value) if isinstance(result, Status) else (200, result)
    )
    if isinstance(value, HttpResponse):
        return value.status_code, value.content.decode()
    if value is None:
        return status, ""
    # Rendered as ninja renders it (its encoder), so that the replay is byte for byte the same.
    return status, json.dumps(value, cls=NinjaJSONEncoder)


def _file_digest(upload: Any) -> str:
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()
