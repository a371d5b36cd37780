"""Run history: one record per crawl run per source, in `<data_dir>/crawl/runs.sqlite`.

`record_run` and `list_runs` are the API the schedules issue (`readout runs`) builds on.
"""
from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY, source TEXT NOT NULL, started_at TEXT NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS runs_by_source ON runs (source, started_at);
"""


@dataclass
class Health:
    verdict: str  # "healthy", "unhealthy" or "unknown" (too few pages to judge)
    reasons: list[str] = field(default_factory=list)


@dataclass
class RunRecord:
    source: str
    started_at: str  # ISO 8601, UTC
    finished_at: str
    duration_s: float
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    pages_fetched: int = 0  # HTTP responses received, robots.txt included
    articles_parsed: int = 0
    new_docs: int = 0  # published on raw.documents
    duplicates: int = 0  # same content as a document already published (another URL)
    skipped_seen: int = 0  # article links not fetched because an earlier run published them
    empty_text: int = 0
    no_date: int = 0
    failures: dict[str, int] = field(default_factory=dict)  # reason -> count
    finish_reason: str = ""
    health: str = "unknown"
    health_reasons: list[str] = field(default_factory=list)

    @classmethod
    def from_json(cls, raw: str) -> RunRecord:
        data = json.loads(raw)
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def judge_health(articles_parsed: int, empty_text: int, no_date: int, failures: Mapping[str, int],
                 pages_fetched: int, *, max_share: float = 0.5, min_pages: int = 3) -> Health:
    """More than `max_share` of article pages without text or date means the layout changed."""
    reasons: list[str] = []
    if articles_parsed >= min_pages:
        if empty_text / articles_parsed > max_share:
            reasons.append(f"{empty_text}/{articles_parsed} article pages gave no text")
        with_text = articles_parsed - empty_text
        if with_text and no_date / with_text > max_share:
            reasons.append(f"{no_date}/{with_text} documents had no date")
    if pages_fetched == 0 and sum(failures.values()) > 0:
        reasons.append("no page could be fetched: " + ", ".join(f"{k}={v}" for k, v in sorted(failures.items())))
    if reasons:
        return Health("unhealthy", reasons)
    if articles_parsed >= min_pages:
        return Health("healthy")
    return Health("unknown", ["too few new article pages to judge"] if pages_fetched else ["nothing fetched"])


def runs_path(data_dir: Path) -> Path:
    return Path(data_dir) / "crawl" / "runs.sqlite"


def _connect(data_dir: Path) -> sqlite3.Connection:
    path = runs_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(SCHEMA)
    return conn


def record_run(data_dir: Path, run: RunRecord) -> None:
    conn = _connect(data_dir)
    try:
        conn.execute("INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?)",
                     (run.run_id, run.source, run.started_at, json.dumps(asdict(run), ensure_ascii=False)))
    finally:
        conn.close()


def list_runs(data_dir: Path, source: str | None = None, limit: int = 50) -> list[RunRecord]:
    """Most recent first."""
    if not runs_path(data_dir).exists():
        return []
    conn = _connect(data_dir)
    try:
        if source:
            rows = conn.execute("SELECT record FROM runs WHERE source = ? ORDER BY started_at DESC LIMIT ?",
                                (source, limit)).fetchall()
        else:
            rows = conn.execute("SELECT record FROM runs ORDER BY started_at DESC LIMIT ?", (limit,)).fetchall()
    finally:
        conn.close()
    return [RunRecord.from_json(r[0]) for r in rows]


def get_run(data_dir: Path, run_id: str) -> RunRecord | None:
    if not runs_path(data_dir).exists():
        return None
    conn = _connect(data_dir)
    try:
        row = conn.execute("SELECT record FROM runs WHERE run_id = ?", (run_id,)).fetchone()
    finally:
        conn.close()
    return RunRecord.from_json(row[0]) if row else None


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
