"""The whole HTTP app: the search API plus live streams, alerts and the web page."""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from index.port import EventIndex
from readout import api_feeds, api_guard, api_ops, api_streams, web, web_views
from readout.api import create_app
from readout.console import make_console
from readout.settings import Settings


def serve(settings: Settings, host: str, port: int, *, log_level: str = "info") -> None:
    """Serve the app on `host:port` after the binding check (raises UnsafeBinding); public mode is printed in red."""
    import uvicorn

    warning = api_guard.check_binding(host, settings)
    if warning:
        make_console(stderr=True).print(f"[bold red]{warning}[/bold red]")
    uvicorn.run(build_app(settings), host=host, port=port, log_level=log_level,
                limit_concurrency=settings.api_max_connections, timeout_keep_alive=5)


def build_app(settings: Settings, *, index: EventIndex | None = None) -> FastAPI:
    app = create_app(settings, index=index)
    app.state.settings = settings
    app.include_router(api_feeds.router)
    app.include_router(api_streams.router)
    app.include_router(api_ops.router)
    app.include_router(web_views.router)  # before web: `/event/{key}/compare` ahead of `/event/{key}`
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=web.HERE / "static"), name="static")
    from crawlers.sampleserver import SITE_DIR

    if SITE_DIR.is_dir():  # the demo's sample pages, which its reports link to
        app.mount("/samples", StaticFiles(directory=SITE_DIR), name="samples")
    api_guard.install(app, settings)
    return app
