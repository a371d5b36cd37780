"""Crawl schedules: cron times per source turn into crawl jobs, once each, never overlapping.

State lives in `<data_dir>/crawl/schedule.sqlite`, so a restarted scheduler knows what already
fired: a run missed while it was down fires once on restart, not once per missed slot.
The clock is a parameter, so tests control time.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from croniter import croniter

from streams.records import CrawlJob, stable_id

Clock = Callable[[], datetime]

SCHEMA = """
CREATE TABLE IF NOT EXISTS fired (source TEXT PRIMARY KEY, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS running (source TEXT PRIMARY KEY, job_id TEXT NOT NULL, since TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS enabled (source TEXT PRIMARY KEY, enabled INTEGER NOT NULL);
"""


def utc_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Plan:
    """What the scheduler knows of one source, for `readout schedule list`."""

    source: str
    schedule: str
    enabled: bool
    last_fired: datetime | None
    next_run: datetime | None
    running_since: datetime | None


class ScheduleState:
    def __init__(self, data_dir: Path, *, stale_after: timedelta = timedelta(hours=2)) -> None:
        path = Path(data_dir) / "crawl" / "schedule.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.executescript(SCHEMA)
        self.stale_after = stale_after

    def last_fired(self, source: str) -> datetime | None:
        row = self.conn.execute("SELECT at FROM fired WHERE source=?", (source,)).fetchone()
        return datetime.fromisoformat(row[0]) if row else None

    def set_fired(self, source: str, at: datetime) -> None:
        self.conn.execute("INSERT OR REPLACE INTO fired VALUES (?, ?)", (source, at.isoformat()))

    def running_since(self, source: str, now: datetime) -> datetime | None:
        """When the source's current run started; a run older than `stale_after` is presumed dead."""
        row = self.conn.execute("SELECT since FROM running WHERE source=?", (source,)).fetchone()
        if not row:
            return None
        since = datetime.fromisoformat(row[0])
        return since if now - since < self.stale_after else None

    def try_start(self, source: str, job_id: str, now: datetime) -> bool:
        """Claim the source for one run; False while another run of it is in progress."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.running_since(source, now) is not None:
                self.conn.execute("ROLLBACK")
                return False
            self.conn.execute("INSERT OR REPLACE INTO running VALUES (?, ?, ?)", (source, job_id, now.isoformat()))
            self.conn.execute("COMMIT")
            return True
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def finish(self, source: str, job_id: str) -> None:
        self.conn.execute("DELETE FROM running WHERE source=? AND job_id=?", (source, job_id))

    def set_enabled(self, source: str, enabled: bool) -> None:
        self.conn.execute("INSERT OR REPLACE INTO enabled VALUES (?, ?)", (source, int(enabled)))

    def enabled_overrides(self) -> dict[str, bool]:
        return {s: bool(e) for s, e in self.conn.execute("SELECT source, enabled FROM enabled").fetchall()}

    def close(self) -> None:
        self.conn.close()


@dataclass(frozen=True)
class Scheduled:
    """A source as the scheduler sees it: id, cron expression, enabled flag from the registry."""

    id: str
    schedule: str
    enabled: bool = True


def effective(sources: Iterable[Scheduled], state: ScheduleState,
              overrides: Mapping[str, str] | None = None) -> list[Scheduled]:
    """Registry entries with the operator's schedule overrides (settings) and enable/disable (state)."""
    flags = state.enabled_overrides()
    overrides = overrides or {}
    return [Scheduled(s.id, overrides.get(s.id, s.schedule), flags.get(s.id, s.enabled)) for s in sources]


def due_jobs(sources: Iterable[Scheduled], state: ScheduleState, now: datetime) -> list[CrawlJob]:
    """Jobs due at `now`, each recorded as fired. A source seen for the first time starts its clock now."""
    jobs = []
    for s in sources:
        last = state.last_fired(s.id)
        if last is None:
            state.set_fired(s.id, now)
            continue
        if not s.enabled:
            continue
        slots = croniter(s.schedule, last)
        slot = slots.get_next(datetime)
        if slot > now:
            continue
        if state.running_since(s.id, now) is not None:
            continue  # the previous run is still going: no overlap; the slot stays due
        missed = 1
        while slots.get_next(datetime) <= now:
            missed += 1
        state.set_fired(s.id, now)
        jobs.append(CrawlJob(source=s.id, reason="catch-up" if missed > 1 else "schedule", due=slot,
                             job_id=stable_id("job", s.id, slot.isoformat())))
    return jobs


def plans(sources: Iterable[Scheduled], state: ScheduleState, now: datetime) -> list[Plan]:
    out = []
    for s in sources:
        last = state.last_fired(s.id)
        nxt = croniter(s.schedule, last or now).get_next(datetime) if s.enabled else None
        out.append(Plan(s.id, s.schedule, s.enabled, last, nxt, state.running_since(s.id, now)))
    return out
