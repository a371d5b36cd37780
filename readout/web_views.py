"""Web pages for the views: series and their rounds, side-by-side readouts (a tab of the event page), person
and country pages, topic trends and the co-participation network. Server-rendered like the search page;
the charts are SVG drawn on the server (readout/charts.py)."""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError

from index.compare import compare
from index.entities import COUNTRY_CODE, country_view, person_view
from index.model import SearchQuery
from index.series import find_series, list_series, series_id, series_view
from index.trends import network, topic_trends
from readout.api_views import registry
from readout.charts import circle_graph, month_bars, search_link, topic_lines
from readout.sides import side_of
from readout.web import templates

router = APIRouter(include_in_schema=False)
LIST_FIELDS = {"types", "participants", "topics", "series", "sources", "langs"}
SCALAR_FIELDS = {"q", "person", "date_from", "date_to"}
STATUS_TEXT = {"realised": "realised", "reported_again": "reported again", "no_later_report": "no later report yet",
               "undated": "round undated", "on_time": "on time", "late": "late", "held": "held", "not_yet": "not yet"}

templates.env.filters["series_id"] = series_id
templates.env.filters["path"] = lambda v: quote(str(v), safe="")
templates.env.globals["month_bars"] = month_bars
templates.env.globals["status_text"] = STATUS_TEXT


def web_query(request: Request) -> tuple[SearchQuery, dict[str, list[str]], str | None]:
    """The search a view page is about, from the same parameters as the search page (events only mentioned
    in passing left out unless `mentions` is set), its filters as given, and an error message if invalid."""
    multi: dict[str, list[str]] = {}
    for k, v in request.query_params.multi_items():
        if v and (k in LIST_FIELDS or k in SCALAR_FIELDS or k == "mentions"):
            multi.setdefault(k, []).append(v)
    data: dict[str, Any] = {k: v for k, v in multi.items() if k in LIST_FIELDS}
    data.update({k: v[0] for k, v in multi.items() if k in SCALAR_FIELDS})
    data["mentioned"] = None if multi.get("mentions") else False
    try:
        return SearchQuery.model_validate(data), multi, None
    except ValidationError as exc:
        return SearchQuery(mentioned=False), multi, exc.errors()[0]["msg"]


def _page(request: Request, name: str, context: dict[str, Any], found: bool = True) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=200 if found else 404)


@router.get("/view/series", response_class=HTMLResponse)
def series_list_page(request: Request) -> HTMLResponse:
    return _page(request, "series_list.html", {"series": list_series(request.app.state.index)})


@router.get("/view/series/{series}", response_class=HTMLResponse)
def series_page(request: Request, series: str) -> HTMLResponse:
    index = request.app.state.index
    name = find_series(index, series) if len(series) <= 200 else None
    view = series_view(index, name) if name else None
    return _page(request, "series.html", {"view": view, "wanted": series}, found=view is not None)


@router.get("/event/{key:path}/compare", response_class=HTMLResponse)
def compare_page(request: Request, key: str, by: str = "side") -> HTMLResponse:
    index = request.app.state.index
    event = index.get(key) if len(key) <= 512 else None
    by = by if by in ("side", "lang", "source") else "side"
    view = compare(event, index.reports(event.key), by=by, side_of=side_of(registry(request))) \
        if event else None  # type: ignore[arg-type]
    return _page(request, "compare.html", {"event": event, "key": key, "view": view, "by": by},
                 found=event is not None)


@router.get("/view/person/{person}", response_class=HTMLResponse)
def person_page(request: Request, person: str) -> HTMLResponse:
    view = person_view(request.app.state.index, person) if 0 < len(person) <= 200 else None
    return _page(request, "person.html", {"view": view, "wanted": person}, found=view is not None)


@router.get("/view/country/{code}", response_class=HTMLResponse)
def country_page(request: Request, code: str) -> HTMLResponse:
    index = request.app.state.index
    view = country_view(index, code) if COUNTRY_CODE.match(code) else None
    chart = None
    if view is not None:
        q = {"participants": [view.code]}
        trends = topic_trends(index, SearchQuery(participants=[view.code], mentioned=False), top=6)
        chart = topic_lines(trends, q)
    return _page(request, "country.html", {"view": view, "wanted": code, "chart": chart,
                                           "search": lambda **c: search_link({"participants": [code.upper()]}, **c)},
                 found=view is not None)


@router.get("/view/trends", response_class=HTMLResponse)
def trends_page(request: Request) -> HTMLResponse:
    q, multi, error = web_query(request)
    index = request.app.state.index
    trends = topic_trends(index, q)
    return _page(request, "trends.html", {
        "q": q, "multi": multi, "error": error, "trends": trends, "chart": topic_lines(trends, multi),
        "month_chart": month_bars(index.facets(q).month, multi), "back": search_link(multi)})


@router.get("/view/network", response_class=HTMLResponse)
def network_page(request: Request, by: str = "participants") -> HTMLResponse:
    q, multi, error = web_query(request)
    net = network(request.app.state.index, q, by="persons" if by == "persons" else "participants")
    return _page(request, "network.html", {
        "multi": multi, "error": error, "net": net, "graph": circle_graph(net), "back": search_link(multi),
        "labels": {n.id: n.label for n in net.nodes},
        "switch": search_link(multi, path="/view/network", by="participants" if net.by == "persons" else "persons")})
