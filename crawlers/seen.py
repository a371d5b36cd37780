"""Per-source seen-store (SQLite in the data dir): URLs already published and content hashes.

A URL is recorded only after its document was acknowledged by the bus, so a crash between fetch
and publish means a re-fetch next run, never a lost document.
"""
from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (url TEXT PRIMARY KEY, doc_id TEXT NOT NULL, seen_at REAL NOT NULL)
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS hashes (hash TEXT PRIMARY KEY, doc_id TEXT NOT NULL, url TEXT NOT NULL,
    seen_at REAL NOT NULL) WITHOUT ROWID;
"""


def store_path(data_dir: Path, source_id: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", source_id)
    return Path(data_dir) / "crawl" / "seen" / f"{safe}.sqlite"


class SeenStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.executescript(SCHEMA)

    @classmethod
    def for_source(cls, data_dir: Path, source_id: str) -> SeenStore:
        return cls(store_path(data_dir, source_id))

    def has_url(self, url: str) -> bool:
        return self._conn.execute("SELECT 1 FROM urls WHERE url = ?", (url,)).fetchone() is not None

    def doc_for_hash(self, content_hash: str) -> str | None:
        row = self._conn.execute("SELECT doc_id FROM hashes WHERE hash = ?", (content_hash,)).fetchone()
        return row[0] if row else None

    def add(self, urls: list[str], doc_id: str, content_hash: str | None = None) -> None:
        now = time.time()
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.executemany("INSERT OR IGNORE INTO urls VALUES (?, ?, ?)",
                                   [(u, doc_id, now) for u in dict.fromkeys(urls)])
            if content_hash:
                self._conn.execute("INSERT OR IGNORE INTO hashes VALUES (?, ?, ?, ?)",
                                   (content_hash, doc_id, urls[0] if urls else "", now))

    def counts(self) -> tuple[int, int]:
        urls = self._conn.execute("SELECT count(*) FROM urls").fetchone()[0]
        hashes = self._conn.execute("SELECT count(*) FROM hashes").fetchone()[0]
        return urls, hashes

    def close(self) -> None:
        self._conn.close()
