"""Operators' routes: `/sources` (schedules, health) and `/runs` (crawl history)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from crawlers.schedule import utc_clock
from readout.ops import run_rows, schedule_rows

router = APIRouter(tags=["operations"])


@router.get("/sources", summary="Every source with its schedule, last and next run, health")
def sources(request: Request) -> list[dict[str, Any]]:
    return schedule_rows(request.app.state.settings, utc_clock())


@router.get("/runs", summary="Crawl run history, newest first")
def runs(request: Request, source: str | None = None, failed: bool = False,
         limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> list[dict[str, Any]]:
    return run_rows(request.app.state.settings, source, failed, limit)
