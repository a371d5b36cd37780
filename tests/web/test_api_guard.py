"""Where `serve` binds, the API token, read-only public mode, CORS, and limits on request size and time."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from index import open_index
from readout.api_guard import UnsafeBinding, check_binding
from readout.app import build_app
from readout.settings import Settings

ROOT = Path(__file__).parents[2]


@pytest.fixture
def make_client(tmp_path: Path):  # noqa: ANN201
    from extract.analysis import analyze

    index = open_index(f"tantivy://{tmp_path / 'index'}", analyze)

    def make(**settings: object) -> TestClient:
        app = build_app(Settings(data_dir=tmp_path, index=f"tantivy://{tmp_path / 'index'}", **settings),
                        index=index)

        @app.get("/test/slow")
        def slow() -> dict[str, bool]:
            time.sleep(1.5)
            return {"ok": True}

        @app.get("/test/panic")
        def panic() -> None:
            raise type("PanicException", (BaseException,), {})("a panic inside the engine")

        client = TestClient(app, raise_server_exceptions=False)
        opened.append(client.__enter__())  # runs the lifespan
        return client

    opened: list[TestClient] = []
    yield make
    for client in opened:
        client.__exit__(None, None, None)
    index.close()


def test_binding_beyond_loopback_needs_a_token_or_public() -> None:
    assert check_binding("127.0.0.1", Settings()) is None
    assert check_binding("::1", Settings()) is None
    assert check_binding("localhost", Settings()) is None
    with pytest.raises(UnsafeBinding, match="READOUT_API_TOKEN"):
        check_binding("0.0.0.0", Settings())
    assert check_binding("0.0.0.0", Settings(api_token="s3cret")) is None
    assert "PUBLICLY" in (check_binding("0.0.0.0", Settings(api_public=True)) or "")


def test_serve_refuses_a_public_address_without_token(tmp_path: Path) -> None:
    env = {**os.environ, "READOUT_DATA_DIR": str(tmp_path)}
    env.pop("READOUT_API_TOKEN", None)
    r = subprocess.run([sys.executable, "-m", "readout", "serve", "--host", "0.0.0.0", "--port", "1"], cwd=ROOT,
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "without an API token" in " ".join(r.stderr.split())


def test_token_is_required_on_every_route_but_health(make_client) -> None:  # noqa: ANN001
    client = make_client(api_token="s3cret")
    assert client.get("/search").status_code == 401
    assert client.get("/", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/search", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert client.get("/healthz").status_code == 200
    assert make_client().get("/search").status_code == 200  # loopback default: open


def test_public_mode_is_read_only(make_client) -> None:  # noqa: ANN001
    client = make_client(api_public=True)
    assert client.get("/search").status_code == 200
    assert client.post("/search").status_code == 405
    assert client.delete("/events/x").status_code == 405


def test_cors_off_by_default_and_allowlisted(make_client) -> None:  # noqa: ANN001
    origin = {"Origin": "https://evil.example"}
    assert "access-control-allow-origin" not in make_client().get("/search", headers=origin).headers
    client = make_client(api_cors_origins=["https://research.example"])
    assert "access-control-allow-origin" not in client.get("/search", headers=origin).headers
    allowed = client.get("/search", headers={"Origin": "https://research.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://research.example"


def test_request_size_and_time_limits(make_client) -> None:  # noqa: ANN001
    client = make_client(api_timeout_s=0.3, api_max_request_bytes=1000)
    assert client.get("/search", params={"q": "x" * 40_000}).status_code == 414
    assert client.request("GET", "/search", content=b"x" * 5000).status_code == 413
    assert client.get("/test/slow").status_code == 503  # at the limit: the route itself would answer 200


def test_a_panic_in_a_route_is_a_500_and_the_server_lives_on(make_client) -> None:  # noqa: ANN001
    client = make_client()
    r = client.get("/test/panic")
    assert r.status_code == 500 and "internal error" in r.text
    assert client.get("/healthz").status_code == 200
