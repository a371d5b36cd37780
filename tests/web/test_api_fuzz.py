"""Every route, fuzzed from the OpenAPI schema with schemathesis against a live server: no server errors,
no dead server. The web page's routes are fuzzed too (they are left out of the published schema).
Budget: READOUT_FUZZ_EXAMPLES cases per route (default 25), a few seconds in all."""
from __future__ import annotations

import base64
import copy
import json
import os
import time
from typing import Any

import httpx
import pytest
import schemathesis
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings

from readout import api_feeds, api_ops, api_search, api_streams, api_views, web, web_views
from readout.app import build_app
from readout.settings import Settings

pytestmark = pytest.mark.timeout(300)
EXAMPLES = int(os.environ.get("READOUT_FUZZ_EXAMPLES", "25"))
STREAMS = ("/streams/events",)


def full_schema() -> dict[str, Any]:
    """The app's OpenAPI document with the web page's routes included."""
    app = build_app(Settings())
    routers = (api_views.router, api_search.router, api_feeds.router, api_streams.router, api_ops.router,
               web_views.router, web.router)
    routes = []
    for route in [*app.routes, *(r for router in routers for r in router.routes)]:
        if isinstance(route, APIRoute):
            route = copy.copy(route)
            route.include_in_schema = True
            routes.append(route)
    return get_openapi(title="Readout", version="test", routes=routes)


def cursor(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def call(client: httpx.Client, case: schemathesis.Case) -> int:
    kwargs = case.as_transport_kwargs()
    if case.path in STREAMS:  # an endless stream: the status line is the answer
        with client.stream(kwargs["method"], case.formatted_path, params=kwargs.get("params"),
                           headers=kwargs.get("headers")) as r:
            return r.status_code
    return client.request(kwargs["method"], case.formatted_path, params=kwargs.get("params"),
                          headers=kwargs.get("headers")).status_code


def test_every_route_fuzzed_gives_no_server_error(site: tuple[str, Settings]) -> None:
    base, _ = site
    schema = schemathesis.openapi.from_dict(full_schema())
    statuses: dict[str, dict[int, int]] = {}
    errors: list[str] = []
    started = time.monotonic()
    with httpx.Client(base_url=base, timeout=30) as client:
        for result in schema.get_all_operations():
            op = result.ok()
            seen = statuses.setdefault(f"{op.method.upper()} {op.path}", {})

            @hypothesis_settings(max_examples=EXAMPLES, deadline=None, database=None,
                                 suppress_health_check=list(HealthCheck))
            @given(case=op.as_strategy())
            def fuzz(case: schemathesis.Case) -> None:
                status = call(client, case)
                seen[status] = seen.get(status, 0) + 1  # noqa: B023 - used before the loop moves on
                if status >= 500:
                    errors.append(f"{status} {case.method} {case.formatted_path} {case.query} {case.headers}")

            fuzz()
        assert client.get("/healthz").status_code == 200  # still alive
    total = sum(sum(s.values()) for s in statuses.values())
    print(f"\nfuzzed {total} requests over {len(statuses)} routes in {time.monotonic() - started:.1f}s: "
          f"{len(errors)} server errors")
    for route, seen in sorted(statuses.items()):
        print(f"  {route}: {dict(sorted(seen.items()))}")
    assert not errors, errors[:10]


@pytest.mark.parametrize("params", [
    {"search_after": cursor({"s": "relevance", "offset": 10**12})},
    {"search_after": cursor({"s": "relevance", "offset": -5})},
    {"search_after": cursor({"s": "relevance", "offset": [1]})},
    {"search_after": cursor({"s": "date", "after": 10**30}), "sort": "date"},
    {"search_after": cursor({"s": "date", "after": "x"}), "sort": "date"},
    {"date_from": "0001-01-01"}, {"date_to": "9999-12-31"}, {"size": 10**9}, {"size": -1},
])
def test_hostile_parameters_are_422_on_every_search_route(site: tuple[str, Settings], params: dict) -> None:
    base, _ = site
    with httpx.Client(base_url=base, timeout=30) as client:
        for path in ("/search", "/facets"):
            r = client.get(path, params=params)
            assert r.status_code in (200, 422), (path, r.status_code, r.text)
        assert client.get("/search", params=params).status_code == 422
        page = client.get("/", params=params)
        assert page.status_code == 200
        assert "size" in params or "error" in page.text.lower()
        r = client.get("/streams/events", headers={"Last-Event-ID": "0-" + "9" * 40})
        assert r.status_code == 422
