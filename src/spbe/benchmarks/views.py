"""Benchmark pages: an agency against the published national results, the ranking, the movers."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from spbe.benchmarks.agency import agency_benchmark
from spbe.benchmarks.charts import domains_svg, history_svg
from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.matching import Candidate, Matcher
from spbe.benchmarks.policy import can_choose_agency, can_confirm_published_name
from spbe.benchmarks.published import PublishedResult
from spbe.benchmarks.ranking import biggest_movers
from spbe.benchmarks.ranking_window import ranking_window
from spbe.benchmarks.selectors import agency_link, confirmed_key, result_set
from spbe.benchmarks.services import agency_link_confirm
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.refusals import render_refused
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Agency
from spbe.scoring.values import whole_number

FRAMEWORK = "spbe-2020"
KIND_PLURALS = {
    Kind.PUSAT: gettext_lazy("central government agencies"),
    Kind.PROVINSI: gettext_lazy("provinces"),
    Kind.KABUPATEN: gettext_lazy("regencies (kabupaten)"),
    Kind.KOTA: gettext_lazy("cities (kota)"),
}


def _agency(actor: Actor, request: HttpRequest) -> Agency:
    """The user's own agency; an installation admin may look at any (``?instansi=slug``)."""
    if can_choose_agency(actor) and request.GET.get("instansi"):
        agency = Agency.objects.filter(slug=request.GET["instansi"]).first()
    else:
        agency = Agency.objects.filter(pk=actor.agency_id).first() if actor.agency_id else None
    if agency is None:
        raise Http404
    return agency


def _year(request: HttpRequest, years: list[int], complete: list[int] | None = None) -> int | None:
    """The year asked for, else the latest year with complete results, else the latest."""
    wanted = request.GET.get("tahun", "")
    number = whole_number(wanted)
    if number is not None and number in years:
        return number
    if complete:
        return complete[-1]
    return years[-1] if years else None


def _complete_years(results: ResultSet) -> list[int]:
    return [year for year in results.years(FRAMEWORK) if results.is_complete(year, FRAMEWORK)]


@login_required
def agency_page(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    agency = _agency(actor, request)
    results, references = result_set()
    key = confirmed_key(agency)
    context: dict[str, Any] = {
        "agency": agency,
        "link": agency_link(agency),
        "can_confirm": can_confirm_published_name(actor, agency.pk),
    }
    if key is not None:
        years = sorted(
            {entry.year for entry in results.history(key) if entry.framework == FRAMEWORK}
        )
        year = _year(request, years)
        page = agency_benchmark(results, references, key, year) if year else None
        context.update(years=years, year=year, page=page)
        if page is not None:
            context["kind_label"] = KIND_PLURALS[page.result.kind]
        if page is not None:
            context.update(history_svg=history_svg(page), domains_svg=domains_svg(page))
    return render(request, "benchmarks/agency.html", context)


@login_required
def ranking(request: HttpRequest) -> HttpResponse:
    """The year's published results ranked, filtered by kind and province (GET), opened on the
    rows around the reader's own agency and paginated for the whole list."""
    actor = actor_for(request.user)
    results, _references = result_set()
    years = results.years(FRAMEWORK)
    year = _year(request, years, _complete_years(results))
    kinds = {kind.value: kind for kind in Kind}
    kind = kinds.get(request.GET.get("jenis", ""))
    province = request.GET.get("provinsi", "").strip()
    rows = list(results.of_year(year, FRAMEWORK)) if year else []
    if kind is not None:
        rows = [row for row in rows if row.kind is kind]
    if province:
        rows = [row for row in rows if (row.province or "").lower() == province.lower()]
    rows.sort(key=lambda row: (-row.index, row.agency))
    ranked: list[tuple[int, PublishedResult]] = []
    for position, row in enumerate(rows, 1):
        # Competition ranking on the sorted list: a tie keeps the first position of its group.
        tied = ranked and ranked[-1][1].index == row.index
        ranked.append((ranked[-1][0] if tied else position, row))
    provinces = (
        sorted({row.province for row in results.of_year(year, FRAMEWORK) if row.province})
        if year
        else []
    )
    own_key = _own_key(actor)
    window = ranking_window(
        [row.agency_key for row in rows], own_key, page=whole_number(request.GET.get("halaman", ""))
    )
    filters = {"tahun": year or "", "jenis": kind.value if kind else "", "provinsi": province}
    query = urlencode({name: value for name, value in filters.items() if value})
    return render(
        request,
        "benchmarks/ranking.html",
        {
            "years": years,
            "year": year,
            "complete": year is not None and results.is_complete(year, FRAMEWORK),
            "kinds": [(k.value, k.value.capitalize()) for k in Kind],
            "kind": kind.value if kind else "",
            "provinces": provinces,
            "province": province,
            "ranked": ranked,
            "shown": ranked[window.start : window.stop],
            "window": window,
            "own_key": own_key,
            "own_ranked": own_key is not None and own_key in {row.agency_key for row in rows},
            "page_numbers": range(1, window.pages + 1),
            "query": query,
        },
    )


def _own_key(actor: Actor) -> str | None:
    """The published name confirmed for the actor's agency, if it has one."""
    if actor.agency_id is None:
        return None
    agency = Agency.objects.filter(pk=actor.agency_id).first()
    return confirmed_key(agency) if agency is not None else None


@login_required
def movers(request: HttpRequest) -> HttpResponse:
    results, _references = result_set()
    years = _complete_years(results)
    if len(years) < 2:
        return render(request, "benchmarks/movers.html", {"years": years})
    to_year = _year(request, years[1:]) or years[-1]
    from_year = years[years.index(to_year) - 1]
    risers, fallers = biggest_movers(results, from_year, to_year, limit=15)
    return render(
        request,
        "benchmarks/movers.html",
        {
            "years": years[1:],
            "year": to_year,
            "from_year": from_year,
            "risers": risers,
            "fallers": fallers,
        },
    )


MATCHING = "benchmarks/matching.html"


@login_required
def matching(request: HttpRequest) -> HttpResponse:
    """Candidates for the agency's published name, for a person to confirm."""
    actor = actor_for(request.user)
    agency = _agency(actor, request)
    require(can_confirm_published_name(actor, agency.pk))
    return render(request, MATCHING, _matching_context(agency, request.GET.get("q", "")))


def _matching_context(agency: Agency, query: str) -> dict[str, Any]:
    results, _references = result_set()
    candidates: dict[str, Candidate] = {}
    for framework in (FRAMEWORK,):
        for year in results.years(framework):
            for row in results.of_year(year, framework):
                candidates.setdefault(
                    row.agency_key, Candidate(row.agency_key, row.agency, row.kind)
                )
    query = query.strip() or agency.name
    matches = Matcher(candidates.values()).match(query, Kind(agency.kind), limit=8)
    return {"agency": agency, "link": agency_link(agency), "matches": matches, "query": query}


@login_required
@require_POST
def confirm(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    agency = _agency(actor, request)
    require(can_confirm_published_name(actor, agency.pk))
    try:
        agency_link_confirm(
            actor=actor, agency=agency, agency_key=request.POST.get("agency_key", "")
        )
    except ActionRefused as error:
        context = _matching_context(agency, request.POST.get("q", ""))
        return render_refused(request, MATCHING, context, error)
    messages.success(request, _("The published name is confirmed."))
    return redirect(_with_agency(reverse("benchmarks:agency"), request))


def _with_agency(url: str, request: HttpRequest) -> str:
    """Keep the admin's ``?instansi=`` choice across the redirect."""
    slug = request.GET.get("instansi", "")
    return f"{url}?{urlencode({'instansi': slug})}" if slug else url
