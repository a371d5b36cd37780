"""The crawl scheduler with a controlled clock: due jobs fire once, overlaps refused, missed runs collapse."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crawlers.schedule import Scheduled, ScheduleState, due_jobs, effective, plans

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
HOURLY = Scheduled("kr.mofa", "0 * * * *")
NOON = Scheduled("us.state", "0 12 * * *")


@pytest.fixture
def state(tmp_path: Path) -> ScheduleState:
    return ScheduleState(tmp_path)


def test_first_sight_starts_the_clock(state: ScheduleState) -> None:
    assert due_jobs([HOURLY, NOON], state, T0) == []
    assert state.last_fired("kr.mofa") == T0


def test_due_job_fires_once(state: ScheduleState) -> None:
    due_jobs([HOURLY, NOON], state, T0)
    assert due_jobs([HOURLY, NOON], state, T0 + timedelta(minutes=59)) == []
    [job] = due_jobs([HOURLY, NOON], state, T0 + timedelta(hours=1, seconds=5))
    assert (job.source, job.reason, job.due) == ("kr.mofa", "schedule", T0 + timedelta(hours=1))
    assert due_jobs([HOURLY, NOON], state, T0 + timedelta(hours=1, seconds=30)) == []


def test_missed_runs_collapse_to_one(state: ScheduleState) -> None:
    due_jobs([HOURLY], state, T0)
    jobs = due_jobs([HOURLY], state, T0 + timedelta(hours=7, minutes=10))  # scheduler was down 7 h
    assert [(j.source, j.reason) for j in jobs] == [("kr.mofa", "catch-up")]
    assert due_jobs([HOURLY], state, T0 + timedelta(hours=7, minutes=20)) == []


def test_state_survives_restart(tmp_path: Path) -> None:
    first = ScheduleState(tmp_path)
    due_jobs([HOURLY], first, T0)
    first.close()
    again = ScheduleState(tmp_path)
    assert len(due_jobs([HOURLY], again, T0 + timedelta(hours=1))) == 1


def test_overlap_refused_until_finished(state: ScheduleState) -> None:
    due_jobs([HOURLY], state, T0)
    [job] = due_jobs([HOURLY], state, T0 + timedelta(hours=1))
    assert state.try_start("kr.mofa", job.job_id, T0 + timedelta(hours=1))
    assert not state.try_start("kr.mofa", "another", T0 + timedelta(hours=1, minutes=1))
    assert due_jobs([HOURLY], state, T0 + timedelta(hours=2, minutes=1)) == []  # still running: no new job
    state.finish("kr.mofa", job.job_id)
    assert len(due_jobs([HOURLY], state, T0 + timedelta(hours=2, minutes=2))) == 1


def test_stale_run_does_not_block_forever(state: ScheduleState) -> None:
    assert state.try_start("kr.mofa", "a", T0)
    assert state.try_start("kr.mofa", "b", T0 + timedelta(hours=3))  # the first worker died


def test_disable_and_override(state: ScheduleState) -> None:
    due_jobs([HOURLY, NOON], state, T0)
    state.set_enabled("kr.mofa", False)
    srcs = effective([HOURLY, NOON], state, {"us.state": "*/10 * * * *"})
    jobs = due_jobs(srcs, state, T0 + timedelta(hours=1))
    assert [j.source for j in jobs] == ["us.state"]
    table = {p.source: p for p in plans(srcs, state, T0 + timedelta(hours=1))}
    assert table["kr.mofa"].next_run is None and not table["kr.mofa"].enabled
    assert table["us.state"].next_run == T0 + timedelta(hours=1, minutes=10)


def test_scheduler_stage_publishes_due_jobs(tmp_path: Path) -> None:
    import threading

    from readout.settings import Settings
    from readout.stages import run_scheduler
    from streams.bus import open_bus
    from streams.records import CrawlJob
    from streams.topics import CRAWL_JOBS

    registry = tmp_path / "sources.yaml"
    registry.write_text("""sources:
  - {id: kr.test, name: Test, country: KOR, language: ko, discovery: feed, timezone: Asia/Seoul,
     start_urls: ["https://www.example.go.kr/rss"], allowed_domains: [example.go.kr], schedule: "*/5 * * * *"}
""")
    settings = Settings(data_dir=tmp_path, bus=f"local://{tmp_path / 'bus'}", sources=str(registry))
    times = iter([T0, T0 + timedelta(minutes=3), T0 + timedelta(minutes=31)])
    stop = threading.Event()

    def clock() -> datetime:
        try:
            return next(times)
        except StopIteration:
            stop.set()
            return T0 + timedelta(minutes=31)

    run_scheduler(settings, stop, clock=clock, tick=0.01)
    with open_bus(settings.bus_url) as bus, bus.consumer(None, [CRAWL_JOBS]) as reader:
        jobs = [CrawlJob.model_validate_json(m.value) for m in reader.poll(100, 1.0)]
    assert [(j.source, j.reason) for j in jobs] == [("kr.test", "catch-up")]  # 6 slots missed: one job
