"""Every URL pattern of the product, with its path parameters filled from one agency's objects.

The patterns come from the URL configuration itself (``get_resolver()``), so a new page,
download, htmx partial or API endpoint is in the matrix the day it is added. A pattern with
parameters needs a filler here: which object of the agency fills them, and which rule of the
access policy decides who may see that object. A pattern with no filler fails
``test_every_url_pattern_has_a_parameter_filler`` with the line to add.

The admin's patterns are filled by a rule rather than one by one (``_admin_filler``): each
registered model's pages open its first row of agency B where the model has an agency,
its first row otherwise; the rule that guards them is ``can_administer``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from spbe.evaluations import policy as evaluations_policy
from spbe.evidence import policy as evidence_policy
from spbe.notifications import policy as notifications_policy
from spbe.organizations import policy as organizations_policy
from spbe.planning import policy as planning_policy
from tests.security.two_agencies import Objects, Rule


@dataclass(frozen=True)
class Pattern:
    name: str
    route: str
    parameters: tuple[str, ...]


@dataclass(frozen=True)
class Filler:
    """The path parameters from an agency's objects, and the rule and object that decide who
    may see what the URL names (None: no object; the page decides for itself)."""

    kwargs: Callable[[Objects], dict[str, Any]]
    guard: Callable[[Objects], tuple[Rule, Any]] | None


def url_patterns() -> list[Pattern]:
    """Every named pattern of the URL configuration, once per name and route."""
    found = {(p.name, p.route): p for p in _walk(get_resolver(), "", "")}
    return sorted(found.values(), key=lambda p: (p.route, p.name))


def _walk(resolver: URLResolver, prefix: str, namespace: str) -> Iterator[Pattern]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = namespace + (f"{entry.namespace}:" if entry.namespace else "")
            yield from _walk(entry, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern) and entry.name:
            parameters = tuple(sorted(entry.pattern.regex.groupindex))
            yield Pattern(namespace + entry.name, prefix + str(entry.pattern), parameters)


# The admin's own sign-in and sign-out pages are open to everyone, as the site's are.
ADMIN_SIGN_IN = {"admin:login", "admin:logout"}


def filler_for(pattern: Pattern) -> Filler | None:
    if pattern.name in ADMIN_SIGN_IN:
        return Filler(lambda o: {}, None)
    if not pattern.parameters:
        return Filler(lambda o: {}, ADMIN_GUARD if pattern.name.startswith("admin:") else None)
    if pattern.name.startswith("admin:"):
        return _admin_filler(pattern)
    return FILLERS.get(pattern.name)


def url_of(pattern: Pattern, filler: Filler, objects: Objects) -> str:
    return reverse(pattern.name, kwargs=filler.kwargs(objects))


def _evaluation(o: Objects) -> tuple[Rule, Any]:
    return evaluations_policy.can_view_evaluation, o.evaluation


def _agency(o: Objects) -> tuple[Rule, Any]:
    return organizations_policy.can_see_agency, o.agency


ADMIN_GUARD: Callable[[Objects], tuple[Rule, Any]] = lambda o: (  # noqa: E731
    lambda actor, _obj: organizations_policy.can_administer(actor),
    None,
)


def _on_evaluation(**more: Callable[[Objects], Any]) -> Filler:
    """A page of the agency's evaluation (``pk``), with more parameters from its objects."""
    return Filler(
        lambda o: {"pk": o.evaluation.pk, **{k: f(o) for k, f in more.items()}}, _evaluation
    )


def _api_evaluation(**more: Callable[[Objects], Any]) -> Filler:
    return Filler(
        lambda o: {"evaluation_id": o.evaluation.pk, **{k: f(o) for k, f in more.items()}},
        _evaluation,
    )


def _indicator(o: Objects) -> int:
    return o.indicator


def _item(o: Objects) -> str:
    return o.item.code


def _revision(o: Objects) -> dict[str, Any]:
    revision = o.evaluation.revision
    return {"framework_code": revision.framework.code, "revision_number": revision.number}


EVALUATION = _on_evaluation()
INDICATOR = _on_evaluation(number=_indicator)
ITEM = _on_evaluation(number=_indicator, code=_item)
AGENCY_SLUG = Filler(lambda o: {"slug": o.agency.slug}, _agency)
API_EVALUATION = _api_evaluation()
API_CLAIM = _api_evaluation(indicator_number=_indicator)
API_ITEM = _api_evaluation(item_code=_item)
API_ACTION = Filler(
    lambda o: {"action_id": o.action.pk}, lambda o: (planning_policy.can_view_action, o.action)
)
API_DOCUMENT = Filler(
    lambda o: {"document_id": o.document.pk},
    lambda o: (evidence_policy.can_read_document, o.document),
)
API_REPORT = Filler(lambda o: {"job_id": o.job.pk}, _evaluation)
API_AGENCY = Filler(lambda o: {"agency_slug": o.agency.slug}, _agency)
# The catalogue is the same for everyone: no object of an agency.
API_REVISION = Filler(_revision, None)

FILLERS: dict[str, Filler] = {
    "dashboard": EVALUATION,
    # A made-up reset link: refused whoever follows it.
    "password_reset_confirm": Filler(lambda o: {"uidb64": "MQ", "token": "x-y"}, None),
    "evaluations:detail": EVALUATION,
    "evaluations:next": EVALUATION,
    "evaluations:assignments": EVALUATION,
    "evaluations:external_assessor": EVALUATION,
    "evaluations:indicator": INDICATOR,
    "evaluations:item_note": ITEM,
    "evaluations:item_answer": ITEM,
    "evaluations:external_index": INDICATOR,
    "evaluations:external_import": EVALUATION,
    "evaluations:comparison": EVALUATION,
    "evaluations:items": EVALUATION,
    "evaluations:items_import": EVALUATION,
    "evaluations:stages": EVALUATION,
    "evaluations:assessor_results": EVALUATION,
    "evaluations:assessor_indicator": INDICATOR,
    "evaluations:results_upload": EVALUATION,
    "evaluations:results_apply": EVALUATION,
    "evaluations:assessor_comparison": EVALUATION,
    "planning:plan": EVALUATION,
    "planning:what_if": EVALUATION,
    "planning:costs": EVALUATION,
    "planning:costs_table": EVALUATION,
    "planning:costs_export": EVALUATION,
    "planning:create_actions": EVALUATION,
    "planning:actions": EVALUATION,
    "planning:action_change": Filler(
        lambda o: {"pk": o.evaluation.pk, "action_pk": o.action.pk},
        lambda o: (planning_policy.can_view_action, o.action),
    ),
    "planning:recommendations": EVALUATION,
    "planning:recommendation_action": INDICATOR,
    "planning:baseline": EVALUATION,
    "planning:desk": AGENCY_SLUG,
    "planning:handover": AGENCY_SLUG,
    "reports:panel": EVALUATION,
    "reports:jobs": EVALUATION,
    "reports:request": EVALUATION,
    "reports:download": _on_evaluation(job_pk=lambda o: o.job.pk),
    "reports:import": EVALUATION,
    "discussions:post": INDICATOR,
    "discussions:edit": _on_evaluation(number=_indicator, comment=lambda o: o.comment.pk),
    "discussions:delete": _on_evaluation(number=_indicator, comment=lambda o: o.comment.pk),
    "evidence:document": Filler(
        lambda o: {"pk": o.document.pk},
        lambda o: (evidence_policy.can_read_document, o.document),
    ),
    "evidence:download": Filler(
        lambda o: {"pk": o.version.pk}, lambda o: (evidence_policy.can_read_version, o.version)
    ),
    "evidence:text_status": Filler(
        lambda o: {"pk": o.version.pk}, lambda o: (evidence_policy.can_read_version, o.version)
    ),
    "evidence:indicator_upload": INDICATOR,
    "evidence:indicator_link": INDICATOR,
    "evidence:indicator_link_address": INDICATOR,
    "evidence:indicator_unlink": INDICATOR,
    "evidence:item_upload": ITEM,
    "evidence:item_link": ITEM,
    "evidence:item_unlink": ITEM,
    "evidence:index_proof": INDICATOR,
    "archive:export": AGENCY_SLUG,
    "archive:export_download": AGENCY_SLUG,
    "notifications:open": Filler(
        lambda o: {"pk": o.notification.pk},
        lambda o: (notifications_policy.can_read_notification, o.notification),
    ),
    "notifications:delivery_log": Filler(lambda o: {"agency_id": o.agency.pk}, _agency),
    "api:revision_detail": API_REVISION,
    "api:indicator_list": API_REVISION,
    "api:indicator_detail": Filler(lambda o: {**_revision(o), "indicator_number": 1}, None),
    "api:evaluation_detail": API_EVALUATION,
    "api:evaluation_scores": API_EVALUATION,
    "api:assignment_list": API_EVALUATION,
    "api:assignment_update": API_EVALUATION,
    "api:evaluation_plan": API_EVALUATION,
    "api:action_list": API_EVALUATION,
    "api:action_create": API_EVALUATION,
    "api:action_detail": API_ACTION,
    "api:action_change": API_ACTION,
    "api:document_detail": API_DOCUMENT,
    "api:version_file": Filler(
        lambda o: {"document_id": o.document.pk, "number": o.version.number},
        lambda o: (evidence_policy.can_read_version, o.version),
    ),
    "api:version_create": API_DOCUMENT,
    "api:link_create": API_DOCUMENT,
    "api:link_delete": Filler(
        lambda o: {"link_id": o.link.pk}, lambda o: (evidence_policy.can_view_link, o.link)
    ),
    "api:report_ask": API_EVALUATION,
    "api:report_job": API_REPORT,
    "api:report_file": API_REPORT,
    "api:evaluation_results": API_EVALUATION,
    "api:evaluation_results_import": API_EVALUATION,
    "api:evaluation_external_import": API_EVALUATION,
    "api:claim_list": API_EVALUATION,
    "api:claim_detail": API_CLAIM,
    "api:claim_set": API_CLAIM,
    "api:claim_verify": API_CLAIM,
    "api:claim_return": API_CLAIM,
    "api:item_list": API_EVALUATION,
    "api:item_create": API_EVALUATION,
    "api:item_detail": API_ITEM,
    "api:item_note_set": API_ITEM,
    "api:item_answer": API_ITEM,
    "api:item_verdict": API_ITEM,
    "api:item_text_set": API_ITEM,
    "api:item_retire_now": API_ITEM,
    "api:agency_detail": API_AGENCY,
    "api:unit_list": API_AGENCY,
}


def _admin_filler(pattern: Pattern) -> Filler | None:
    """An admin page with parameters: the rule in this module's docstring."""
    if pattern.parameters == ("app_label",):
        return Filler(lambda o: {"app_label": "organizations"}, ADMIN_GUARD)
    if pattern.parameters == ("content_type_id", "object_id"):
        return Filler(
            lambda o: {
                "content_type_id": ContentType.objects.get_for_model(o.agency).pk,
                "object_id": o.agency.pk,
            },
            ADMIN_GUARD,
        )
    if pattern.parameters == ("id",):  # a user's password, set by the admin
        return Filler(lambda o: {"id": o.notification.recipient_id}, ADMIN_GUARD)
    model = _admin_model(pattern.name)
    if model is None or len(pattern.parameters) != 1:
        return None
    parameter = pattern.parameters[0]
    return Filler(lambda o: {parameter: _admin_row(model, o)}, ADMIN_GUARD)


def _admin_model(name: str) -> type | None:
    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}_"
        if name.startswith(prefix):
            return model
    return None


def _admin_row(model: type, objects: Objects) -> Any:
    rows = model._default_manager.order_by("pk")  # type: ignore[attr-defined]
    field_names = {field.name for field in model._meta.get_fields()}  # type: ignore[attr-defined]
    if "agency" in field_names:
        rows = rows.filter(agency=objects.agency)
    row = rows.first()
    return row.pk if row is not None else 0
