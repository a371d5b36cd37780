"""A real consumer whose group join is slow, as under load: no partitions, no records for a while."""
from __future__ import annotations

import time


class SlowJoin:
    """A real consumer whose group join takes `delay` seconds: no partitions, no records until then."""

    def __init__(self, inner: object, delay: float) -> None:
        self.inner, self.until = inner, time.monotonic() + delay

    def poll(self, max_records: int, timeout: float) -> list:
        if time.monotonic() < self.until:
            time.sleep(timeout)
            return []
        return self.inner.poll(max_records, timeout)  # type: ignore[attr-defined]

    def positions(self) -> dict:
        return {} if time.monotonic() < self.until else self.inner.positions()  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def __enter__(self) -> SlowJoin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.inner.close()  # type: ignore[attr-defined]

