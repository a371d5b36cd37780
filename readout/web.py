"""The web page: search with facets, an event page, a live panel of new events. Server-rendered (Jinja2)."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from index.model import InvalidCursor, SearchQuery, total_label
from readout.charts import search_link
from readout.present import clauses, documents
from streams.vocabulary import EVENT_TYPES, TOPICS

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")  # autoescapes every value
LOOPBACK = ("http://127.0.0.1:", "http://localhost:")


def report_link(url: str | None, source: str | None) -> str | None:
    """Where a report's link goes: the original page; the bundled sample site's pages (crawled from a
    loopback port that is gone after the demo) are served by this app under /samples."""
    if not url or not url.startswith(("https://", "http://")):
        return None
    if url.startswith(LOOPBACK) and (source or "").startswith("sample."):
        return "/samples/" + url.split("/", 3)[3] if url.count("/") >= 3 else None
    return url


templates.env.globals["report_link"] = report_link
router = APIRouter(include_in_schema=False)
FILTERS = ("q", "types", "participants", "topics", "person", "series", "date_from", "date_to", "sort", "mentions")


def _link(params: dict[str, list[str]], **change: str | None) -> str:
    """This search with one filter set (or cleared with None), as a query string."""
    return search_link(params, **change)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, q: str | None = None, types: Annotated[list[str] | None, Query()] = None,
                participants: Annotated[list[str] | None, Query()] = None,
                topics: Annotated[list[str] | None, Query()] = None, person: str | None = None,
                series: Annotated[list[str] | None, Query()] = None, date_from: str | None = None,
                date_to: str | None = None, sort: str = "relevance", search_after: str | None = None,
                mentions: str | None = None) -> HTMLResponse:
    params = {k: v for k, v in request.query_params.multi_items()}  # for form values
    multi: dict[str, list[str]] = {}
    for k, v in request.query_params.multi_items():
        if k in FILTERS and v:
            multi.setdefault(k, []).append(v)
    error, page = None, None
    try:
        query = SearchQuery(q=q or None, types=[t for t in types or [] if t], participants=[
            p for p in participants or [] if p], topics=[t for t in topics or [] if t], person=person or None,
            series=[s for s in series or [] if s], date_from=date.fromisoformat(date_from) if date_from else None,
            date_to=date.fromisoformat(date_to) if date_to else None,
            sort="date" if sort == "date" else "relevance", search_after=search_after or None,
            mentioned=None if mentions else False)  # events only mentioned in passing: on request
        page = request.app.state.index.search(query, facets=True)
    except (ValidationError, ValueError, InvalidCursor) as exc:
        error = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
    # facet values for people are canonical ids: show the names the hits carry for them
    labels = {p.person: p.name_en or p.name for hit in (page.hits if page else []) for p in hit.event.delegates}
    return templates.TemplateResponse(request, "search.html", {
        "page": page, "error": error, "labels": labels, "params": params, "multi": multi,
        "total": total_label(page.total, page.total_relation) if page else "",
        "link": lambda **c: _link(multi, **c),
        "types": EVENT_TYPES, "topics": TOPICS, "more": _link(multi) + "&" + urlencode({"search_after": page.next})
        if page and page.next else None})


@router.get("/event/{key:path}", response_class=HTMLResponse)
def event_page(request: Request, key: str) -> HTMLResponse:
    event = request.app.state.index.get(key) if len(key) <= 512 else None
    status = 200 if event else 404
    return templates.TemplateResponse(request, "event.html", {
        "event": event, "key": key, "clauses": clauses(event.commitments) if event else [],
        "reports": documents(event) if event else []}, status_code=status)
