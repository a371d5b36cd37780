"""The whole HTTP app: the search API plus live streams, alerts and the web page."""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from index.port import EventIndex
from readout import api_ops, api_streams, web
from readout.api import create_app
from readout.settings import Settings


def build_app(settings: Settings, *, index: EventIndex | None = None) -> FastAPI:
    app = create_app(settings, index=index)
    app.state.settings = settings
    app.include_router(api_streams.router)
    app.include_router(api_ops.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=web.HERE / "static"), name="static")
    return app
