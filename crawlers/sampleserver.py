"""The offline sample site on loopback, with the hazards a real crawl meets.

Static pages come from `samples/site/` (per-path headers in `_headers.json`, so a page can lie about
its charset). Generated routes: `/trap/page/N` (a listing that never ends but repeats itself),
`/endless/page/N` (a listing with a new article on every page), `/hazards/big.html` (100 MiB),
`/hazards/big-stream.html` (100 MiB, no Content-Length), `/hazards/bomb.html` (gzip bomb),
`/redirect?to=URL`, `/status/N`.
"""
from __future__ import annotations

import gzip
import json
import mimetypes
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

SITE_DIR = Path(__file__).resolve().parent.parent / "samples" / "site"
BIG_BYTES = 100 * 1024 * 1024
BOMB_BYTES = 64 * 1024 * 1024
CHUNK = b"<p>" + b"x" * 65530 + b"</p>"


@dataclass(frozen=True)
class Hit:
    at: float  # time.monotonic()
    path: str
    user_agent: str


@cache
def gzip_bomb() -> bytes:
    """64 MiB of spaces in about 64 KB of gzip: tiny on the wire, huge once decompressed."""
    return gzip.compress(b"<html><body>" + b" " * BOMB_BYTES, compresslevel=9)


class SampleSite:
    def __init__(self, root: Path = SITE_DIR, host: str = "127.0.0.1", port: int = 0,
                 crawl_delay: float | None = None) -> None:
        self.root = root
        self.crawl_delay = crawl_delay
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        headers_file = root / "_headers.json"
        self.headers: dict[str, dict[str, str]] = json.loads(headers_file.read_text()) if headers_file.exists() else {}
        self.server = ThreadingHTTPServer((host, port), self._handler())
        self.server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> SampleSite:
        self._thread = threading.Thread(target=self.server.serve_forever, name="sample-site", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def paths(self) -> list[str]:
        with self._lock:
            return [h.path for h in self.hits]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "ReadoutSamples/1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
                return None

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                parts = urlsplit(self.path)
                path = unquote(parts.path)
                with site._lock:
                    site.hits.append(Hit(time.monotonic(), self.path, self.headers.get("User-Agent", "")))
                try:
                    self.route(path, parse_qs(parts.query))
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the crawler hung up (size limit reached): exactly what the hazards test

            def send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
                     extra: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (extra or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def route(self, path: str, query: dict[str, list[str]]) -> None:
                if path == "/robots.txt":
                    return self.robots()
                if m := re.fullmatch(r"/trap/page/(\d+)", path):
                    return self.send(200, trap_page(int(m.group(1))).encode())
                if m := re.fullmatch(r"/endless/page/(\d+)", path):
                    return self.send(200, endless_page(int(m.group(1))).encode())
                if m := re.fullmatch(r"/endless/article/(\d+)\.html", path):
                    return self.send(200, endless_article(int(m.group(1))).encode())
                if path == "/hazards/big.html":
                    return self.stream(BIG_BYTES, with_length=True)
                if path == "/hazards/big-stream.html":
                    return self.stream(BIG_BYTES, with_length=False)
                if path == "/hazards/bomb.html":
                    body = gzip_bomb()
                    return self.send(200, body, extra={"Content-Encoding": "gzip"})
                if path == "/redirect":
                    self.send_response(302)
                    self.send_header("Location", query.get("to", ["/"])[0])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                if m := re.fullmatch(r"/status/(\d{3})", path):
                    return self.send(int(m.group(1)), b"<html><body>status</body></html>")
                return self.static(path)

            def robots(self) -> None:
                body = (site.root / "robots.txt").read_text(encoding="utf-8")
                if site.crawl_delay is not None:
                    body = re.sub(r"(?im)^crawl-delay:.*$", f"Crawl-delay: {site.crawl_delay:g}", body)
                self.send(200, body.encode(), "text/plain; charset=utf-8")

            def stream(self, size: int, with_length: bool) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                if with_length:
                    self.send_header("Content-Length", str(size))
                self.send_header("Connection", "close")
                self.end_headers()
                sent = 0
                while sent < size:
                    chunk = CHUNK[: size - sent]
                    self.wfile.write(chunk)
                    sent += len(chunk)

            def static(self, path: str) -> None:
                if path.endswith("/"):
                    path += "index.html"
                target = (site.root / path.lstrip("/")).resolve()
                if site.root.resolve() not in target.parents or not target.is_file() or target.name.startswith("_"):
                    return self.send(404, b"<html><body><h1>Not found</h1></body></html>")
                ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
                if ctype.startswith("text/") or ctype.endswith("xml"):
                    ctype += "; charset=utf-8"
                headers = dict(site.headers.get(path, {}))
                ctype = headers.pop("Content-Type", ctype)
                body = target.read_bytes()
                if target.suffix == ".xml":
                    # Feeds and sitemaps carry absolute URLs, as real ones must; the port is only known now.
                    body = body.replace(b"{base}", site.url.encode())
                self.send(200, body, ctype, headers)

        return Handler


@contextmanager
def running(root: Path = SITE_DIR, host: str = "127.0.0.1", port: int = 0,
            crawl_delay: float | None = None) -> Iterator[SampleSite]:
    site = SampleSite(root, host, port, crawl_delay).start()
    try:
        yield site
    finally:
        site.stop()


ENDLESS_DATE = "2024-05-{day:02d}T10:00:00+09:00"


def _page(title: str, body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><h1>{title}</h1>{body}</body></html>")


def trap_page(n: int) -> str:
    """A calendar-style trap: page N links to page N+1 forever, with the same three articles each time."""
    links = "".join(f'<li><a href="/en/press/{slug}.html">{slug}</a></li>' for slug in
                    ("trilateral-dialogue-san-diego", "biopharma-coalition", "korea-us-foreign-ministers"))
    nxt = f'<a rel="next" href="/trap/page/{n + 1}">Next</a>'
    return _page(f"Archive page {n}", f'<ul class="articles">{links}</ul>{nxt}')


def endless_page(n: int) -> str:
    """An archive that always has one more page, each with a new article: only a page limit stops it."""
    return _page(f"Briefings, page {n}",
                 f'<ul class="articles"><li><a href="/endless/article/{n}.html">Briefing {n}</a></li></ul>'
                 f'<a rel="next" href="/endless/page/{n + 1}">Next</a>')


def endless_article(n: int) -> str:
    day = (n % 28) + 1
    text = (f"<p>Daily briefing number {n} from the archive. The spokesperson summarised the ministry's "
            "schedule for the week, including consultations with partners on supply chain resilience and "
            "export control coordination.</p><p>Officials said further details would be published after "
            "the meetings concluded, and that the briefing transcript would be posted on the website.</p>")
    return _page(f"Daily briefing {n}", f'<time datetime="{ENDLESS_DATE.format(day=day)}"></time>{text}')
