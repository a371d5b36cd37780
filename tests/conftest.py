"""Session services: a Tansu broker and a noida-db server on free loopback ports, started here."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.services import noida, tansu


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """`127.0.0.1:PORT` of a fresh Tansu broker for this test session."""
    with tansu() as addr:
        yield addr


@pytest.fixture(scope="session")
def es_url() -> Iterator[str]:
    """`http://127.0.0.1:PORT` of a fresh noida-db (Elasticsearch 8 emulator) for this session."""
    with noida() as url:
        yield url


@pytest.fixture(params=["local", "kafka"])
def bus_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A bus URL for each backend: the embedded log in a temp dir, and a fresh Tansu broker (it starts in
    ~0.1 s), so no test sees another's records."""
    if request.param == "local":
        yield f"local://{tmp_path / 'bus'}?session_timeout=2"
        return
    # Short sessions make group joins and failover take ~1 s on Tansu (the defaults suit real Kafka).
    with tansu() as addr:
        yield f"kafka://{addr}?session_timeout_ms=2000&heartbeat_interval_ms=500"
