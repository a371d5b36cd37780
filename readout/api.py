"""The HTTP API: `create_app(settings)` composes one router per area (search now; more areas add theirs)."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from index.es_index import Unavailable
from index.port import EventIndex
from readout import api_search, api_views
from readout.settings import Settings


def open_search_index(settings: Settings) -> EventIndex:
    """The configured index with the extraction stage's analysis and the gazetteers' vocabulary."""
    from extract.analysis import analyze
    from index import open_index
    from readout.vocabulary import vocabulary

    return open_index(settings.index_url, analyze, vocabulary())


def create_app(settings: Settings, *, index: EventIndex | None = None) -> FastAPI:
    """The app; pass `index` to serve an already open index (tests), else the configured one is opened."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = index is None
        app.state.index = index or open_search_index(settings)
        try:
            yield
        finally:
            if own:
                app.state.index.close()

    app = FastAPI(title="Readout", summary="Diplomatic and economic-security events from Korean and English releases",
                  version="0.1.0", lifespan=lifespan)
    app.include_router(api_views.router)  # before search: `/events/{key}/compare` ahead of `/events/{key}`
    app.include_router(api_search.router)

    @app.exception_handler(Unavailable)
    async def unavailable(request: Request, exc: Unavailable) -> JSONResponse:
        return JSONResponse({"detail": "the search index is unavailable; retry later"}, status_code=503)

    @app.get("/healthz", tags=["ops"])
    def healthz(request: Request) -> dict[str, object]:
        return {"ok": True, "index": settings.index_url, "events": request.app.state.index.count()}

    return app
