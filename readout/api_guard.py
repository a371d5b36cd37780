"""What stands between the network and the routes: where `serve` may bind, the API token, read-only public
mode, CORS, and limits on request size and time. An error inside a route is a logged 500, never a dead server.
"""
from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from readout.settings import Settings

log = logging.getLogger("readout.api")
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
OPEN_PATHS = frozenset({"/healthz"})  # container health checks carry no token
MAX_URL_BYTES = 32_768  # ~3,600 Korean or 32,000 Latin characters of query, percent-encoded


class UnsafeBinding(ValueError):
    """`serve` asked to listen beyond loopback without a token or --public."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_binding(host: str, settings: Settings) -> str | None:
    """None when binding `host` is safe as configured, else a warning to print in red (public mode).

    Raises UnsafeBinding for a non-loopback address with neither an API token nor public mode."""
    if is_loopback(host) or settings.api_token:
        return None
    if settings.api_public:
        return (f"serving PUBLICLY on {host}: anyone who can reach it reads every event, without a token "
                "(read-only: only GET, HEAD and OPTIONS are answered)")
    raise UnsafeBinding(f"refusing to serve on {host} (beyond loopback) without an API token: set READOUT_API_TOKEN "
                        "(clients send `Authorization: Bearer <token>`), or pass --public for a read-only open API")


class Guard:
    """Pure ASGI middleware (it must not buffer Server-Sent Events): token, method, URL and body size, time
    to the first byte, and a 500 for anything a route raises, even a panic from the index engine."""

    def __init__(self, app: ASGIApp, *, token: str | None, read_only: bool, max_body: int, timeout: float) -> None:
        self.app, self.token, self.read_only = app, token, read_only
        self.max_body, self.timeout = max_body, timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = self._refuse(scope)
        if refused:
            await _json(send, *refused)
            return
        started = asyncio.Event()

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.set()
            await send(message)

        task = asyncio.ensure_future(self.app(scope, receive, watch))
        first = asyncio.ensure_future(started.wait())
        try:
            await asyncio.wait({task, first}, timeout=self.timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            first.cancel()
        if not task.done() and not started.is_set():
            task.cancel()
            log.warning("%s %s took more than %.0fs: answered 503", scope["method"], scope["path"], self.timeout)
            await _json(send, 503, {"detail": f"the request took more than {self.timeout:.0f}s; retry later"})
            return
        try:
            await task
        except (asyncio.CancelledError, KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # a Rust panic is a BaseException: it still ends only this request
            log.exception("%s %s failed", scope["method"], scope["path"])
            if not started.is_set():
                await _json(send, 500, {"detail": "internal error (logged on the server)"})

    def _refuse(self, scope: Scope) -> tuple[int, dict[str, Any], list[tuple[bytes, bytes]]] | None:
        headers = dict(scope.get("headers") or [])
        if self.read_only and scope["method"] not in READ_METHODS:
            return 405, {"detail": "this server is read-only"}, [(b"allow", b"GET, HEAD, OPTIONS")]
        if self.token and scope["path"] not in OPEN_PATHS and scope["method"] != "OPTIONS":
            sent = headers.get(b"authorization", b"")
            expected = b"Bearer " + self.token.encode()
            if not hmac.compare_digest(sent, expected):  # constant time: no guessing the token byte by byte
                return 401, {"detail": "missing or wrong API token"}, [(b"www-authenticate", b"Bearer")]
        if len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") > MAX_URL_BYTES:
            return 414, {"detail": f"the URL is longer than {MAX_URL_BYTES} bytes"}, []
        length = headers.get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.max_body or b"chunked" in headers.get(b"transfer-encoding", b""):
            return 413, {"detail": f"request bodies are limited to {self.max_body} bytes"}, []
        return None


async def _json(send: Send, status: int, body: dict[str, Any], headers: Sequence[tuple[bytes, bytes]] = ()) -> None:
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
                            *headers]})
    await send({"type": "http.response.body", "body": data})


def install(app: FastAPI, settings: Settings) -> None:
    """Add CORS (only for the configured origins) and the guard to the served app."""
    app.add_middleware(Guard, token=settings.api_token or None, read_only=settings.api_public and not
                       settings.api_token, max_body=settings.api_max_request_bytes, timeout=settings.api_timeout_s)
    if settings.api_cors_origins:  # off by default: no cross-origin page can read the API
        app.add_middleware(CORSMiddleware, allow_origins=settings.api_cors_origins, allow_methods=["GET"],
                           allow_headers=["Authorization", "Last-Event-ID"])
