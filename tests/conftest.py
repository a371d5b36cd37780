"""Session services: a Tansu broker and a noida-db server on free loopback ports, started here."""
from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest

from streams.services import free_port, noida, tansu


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


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright (`.ci/run` installs it with the CJK fonts)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = context.new_page()
    yield pg
    context.close()


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a free loopback port in a thread; yields its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="session")
def serve() -> Callable[[Any], AbstractContextManager[str]]:
    """`with serve(app) as base_url: …`"""
    return live_server


@pytest.fixture(scope="session")
def screenshots() -> Path:
    path = Path(__file__).parents[1] / "test-artifacts" / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _contrast(fg: str, bg: str) -> float:
    """WCAG contrast ratio of two computed CSS colours (`rgb(…)`)."""
    def lum(rgb: str) -> float:
        vals = [int(x) / 255 for x in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]]
        lin = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in vals]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    a, b = sorted((lum(fg), lum(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@pytest.fixture(scope="session")
def contrast() -> Callable[[str, str], float]:
    return _contrast
