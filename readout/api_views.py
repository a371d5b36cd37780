"""View routes over the index: series with follow-through, side-by-side readouts, person and country pages,
the month timeline, topic trends and the co-participation network. JSON; the web pages render the same."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import Field, ValidationError

from index.compare import CompareBy, Comparison, compare
from index.entities import COUNTRY_CODE, CountryView, PersonView, country_view, person_view
from index.model import Bucket, SearchQuery
from index.port import EventIndex
from index.series import SeriesSummary, SeriesView, find_series, list_series, series_view
from index.trends import MAX_NODES, Network, NetworkBy, TopicTrends, network, timeline, topic_trends
from readout.sides import side_of

router = APIRouter(tags=["views"])
NOT_FOUND = {404: {"description": "not in the index"}}


class TrendParams(SearchQuery):
    top: int = Field(default=8, ge=1, le=30, description="how many topics to draw, most frequent first")


class NetworkParams(SearchQuery):
    by: NetworkBy = Field(default="participants", description="countries (participants) or persons")
    nodes: int = Field(default=30, ge=2, le=MAX_NODES, description="the most frequent nodes kept")


def _index(request: Request) -> EventIndex:
    return request.app.state.index  # type: ignore[no-any-return]


def checked(q: SearchQuery) -> SearchQuery:
    """The search part of a view's parameters, validated as a search (a clear 422, never a 5xx)."""
    try:
        return SearchQuery.model_validate(q.model_dump(include=set(SearchQuery.model_fields))).without_paging()
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False, include_context=False)) from exc


def registry(request: Request) -> str | None:
    settings = getattr(request.app.state, "settings", None)
    return settings.sources if settings is not None else None


@router.get("/series", response_model=list[SeriesSummary], summary="Every recurring series, most recent first")
def get_series_list(request: Request) -> list[SeriesSummary]:
    return list_series(_index(request))


@router.get("/series/{series}", response_model=SeriesView, responses=NOT_FOUND,
            summary="A series' rounds with commitment follow-through and next-meeting tracking")
def get_series(request: Request, series: str) -> SeriesView:
    """`series` is an id from `GET /series`, a name, or part of one."""
    index = _index(request)
    name = find_series(index, series) if len(series) <= 200 else None
    view = series_view(index, name) if name else None
    if view is None:
        raise HTTPException(404, detail=f"no series {series!r}")
    return view


@router.get("/events/{key:path}/compare", response_model=Comparison, responses=NOT_FOUND,
            summary="The readouts of one event side by side, and what only one side reports")
def get_compare(request: Request, key: str,
                by: Annotated[CompareBy, Query(description="side: the publishing government; or lang, source")]
                = "side") -> Comparison:
    index = _index(request)
    event = index.get(key) if len(key) <= 512 else None
    if event is None:
        raise HTTPException(404, detail=f"no event with key {key!r}")
    return compare(event, index.reports(event.key), by=by, side_of=side_of(registry(request)))


@router.get("/persons/{person}", response_model=PersonView, responses=NOT_FOUND,
            summary="A person: events over time, roles held, series led, counterparts")
def get_person(request: Request, person: str) -> PersonView:
    """`person` is a person id (`wang-yun-jong`) or any spelling (`왕윤종`, `Yunjong Wang`)."""
    view = person_view(_index(request), person) if 0 < len(person) <= 200 else None
    if view is None:
        raise HTTPException(404, detail=f"no events list a person {person!r}")
    return view


@router.get("/countries/{code}", response_model=CountryView, responses=NOT_FOUND,
            summary="A country or grouping: events by partner, topics over time, people at its events")
def get_country(request: Request, code: str) -> CountryView:
    if not COUNTRY_CODE.match(code):
        raise HTTPException(422, detail="a country is an ISO alpha-3 code (KOR) or a grouping's acronym (EU, NATO)")
    view = country_view(_index(request), code)
    if view is None:
        raise HTTPException(404, detail=f"no events with {code.upper()} as a participant")
    return view


@router.get("/timeline", response_model=list[Bucket], summary="Matching events per month, empty months included")
def get_timeline(request: Request, q: Annotated[SearchQuery, Query()]) -> list[Bucket]:
    return timeline(_index(request), checked(q))


@router.get("/trends", response_model=TopicTrends, summary="Topics of the matching events per month")
def get_trends(request: Request, q: Annotated[TrendParams, Query()]) -> TopicTrends:
    return topic_trends(_index(request), checked(q), top=q.top)


@router.get("/network", response_model=Network,
            summary="Who met whom among the matching events: countries or persons, weighted by events")
def get_network(request: Request, q: Annotated[NetworkParams, Query()]) -> Network:
    return network(_index(request), checked(q), by=q.by, size=q.nodes)
