"""What operators look at: each source's schedule and health, and the crawl run history."""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from crawlers.runs import RunRecord, list_runs
from crawlers.schedule import ScheduleState, plans
from crawlers.sources import load_registry
from readout.settings import Settings
from readout.stages import scheduled_sources


def failed(run: RunRecord) -> bool:
    return run.health == "unhealthy" or bool(run.failures) or run.finish_reason not in ("", "finished")


def schedule_rows(settings: Settings, now: datetime) -> list[dict[str, Any]]:
    """One row per source: schedule, enabled, last run, next run, health of the last run."""
    state = ScheduleState(settings.data_dir)
    try:
        registry = {s.id: s for s in load_registry(settings.sources or None, settings.samples_url)}
        rows = []
        for plan in plans(scheduled_sources(settings), state, now):
            last = next(iter(list_runs(settings.data_dir, plan.source, limit=1)), None)
            src = registry.get(plan.source)
            rows.append({
                "source": plan.source, "name": src.name if src else None, "schedule": plan.schedule,
                "enabled": plan.enabled,
                "running_since": plan.running_since.isoformat() if plan.running_since else None,
                "last_fired": plan.last_fired.isoformat() if plan.last_fired else None,
                "last_run": last.started_at if last else None,
                "next_run": plan.next_run.isoformat() if plan.next_run else None,
                "health": last.health if last else "unknown",
                "health_reasons": last.health_reasons if last else [],
            })
        return rows
    finally:
        state.close()


def run_rows(settings: Settings, source: str | None = None, only_failed: bool = False,
             limit: int = 50) -> list[dict[str, Any]]:
    runs = list_runs(settings.data_dir, source, limit=limit * 4 if only_failed else limit)
    return [asdict(r) for r in runs if not only_failed or failed(r)][:limit]
