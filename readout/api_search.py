"""Search routes: `/search`, `/events/{key}`, `/facets` and `/export` over the merged event index."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import StreamingResponse
from pydantic import Field, ValidationError

from index.model import TOTAL_CAP, Facets, InvalidCursor, MergedEvent, SearchPage, SearchQuery
from index.port import EventIndex
from readout.exports import MEDIA, Format, lines

router = APIRouter(tags=["search"])


class SearchParams(SearchQuery):
    facets: bool = Field(default=False, description="also return facet counts for the whole result set")
    exact_total: bool = Field(default=False, description="count every match (total and facets): without it "
                              f"`total` stops at {TOTAL_CAP:,} (`total_relation` gte)")


def _index(request: Request) -> EventIndex:
    return request.app.state.index  # type: ignore[no-any-return]


def _checked(q: SearchQuery) -> SearchQuery:
    # Query parameter models skip model validators' context in errors: re-validate for a clear 422.
    try:
        return SearchQuery.model_validate(q.model_dump(exclude={"facets", "exact_total", "exact"}))
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False, include_context=False)) from exc


@router.get("/search", response_model=SearchPage, summary="Search merged events")
def search(request: Request, q: Annotated[SearchParams, Query()]) -> SearchPage:
    """Free text (Korean or English) and filters; list filters repeat the parameter (`?topics=ai&topics=trade`).

    Page with `search_after` set to the previous page's `next`.
    """
    try:
        return _index(request).search(_checked(q), facets=q.facets, exact_total=q.exact_total)
    except InvalidCursor as exc:
        raise HTTPException(422, detail=[{"loc": ["query", "search_after"], "msg": str(exc),
                                          "type": "value_error"}]) from exc


class FacetParams(SearchQuery):
    exact: bool = Field(default=False, description="count every match (broad queries are otherwise counted on a "
                        "sample by the embedded index: `sample` > 1)")


@router.get("/facets", response_model=Facets, summary="Facet counts for a query")
def facets(request: Request, q: Annotated[FacetParams, Query()]) -> Facets:
    return _index(request).facets(_checked(q).without_paging(), exact=q.exact)


class ExportParams(SearchQuery):
    format: Format = Field(default="jsonl", description="jsonl: every field; csv: one row per event")


@router.get("/export", summary="Every matching event, streamed as JSON lines or CSV",
            response_class=StreamingResponse,
            responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {}}}})
def export(request: Request, q: Annotated[ExportParams, Query()]) -> StreamingResponse:
    """The filters of `/search` (paging and sort do not apply: newest first, everything that matches)."""
    fmt = q.format
    query = SearchQuery.model_validate(q.model_dump(exclude={"format"}))
    filename = f"readout-events.{fmt}"
    return StreamingResponse(lines(_index(request).scan(query), fmt), media_type=MEDIA[fmt],
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/events/{key:path}", response_model=MergedEvent, summary="One merged event with all its reports",
            responses={404: {"description": "no event with this key"}})
def get_event(request: Request, key: str) -> MergedEvent:
    event = _index(request).get(key) if len(key) <= 512 else None
    if event is None:
        raise HTTPException(404, detail=f"no event with key {key!r}")
    return event
