"""Run crawls in this process: `python -m crawlers.run SOURCE... [--max-pages N] [--set KEY=VALUE]`.

One Twisted reactor per process, so callers that need several crawls (tests, schedulers) start
this module in a subprocess. Prints one JSON line per source: {"source", "run_id"}.
"""
from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawlers.spiders.base import registry_for


def project_settings(overrides: Mapping[str, Any] | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def crawl(source_ids: Sequence[str], overrides: Mapping[str, Any] | None = None, *,
          max_pages: int | None = None) -> dict[str, str]:
    """Crawl the sources concurrently (one spider each); returns source id → run id."""
    settings = project_settings(overrides)
    registry = registry_for(settings)
    sources = [registry.get(s) for s in source_ids]  # fail before starting anything on an unknown id
    process = CrawlerProcess(settings)
    run_ids: dict[str, str] = {}
    for src in sources:
        run_ids[src.id] = uuid.uuid4().hex[:12]
        process.crawl(src.spider_name, source=src.id, max_pages=max_pages, run_id=run_ids[src.id])
    process.start()
    return run_ids


def check(source_ids: Sequence[str], out: str, overrides: Mapping[str, Any] | None = None) -> None:
    """Fetch each source's start URL and one article; results as JSON in `out`."""
    settings = project_settings(overrides)
    process = CrawlerProcess(settings)
    process.crawl("check", sources=",".join(source_ids), out=out)
    process.start()


def parse_sets(items: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"--set expects KEY=VALUE, got {item!r}")
        out[key] = value
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawlers.run", description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+")
    parser.add_argument("--max-pages", type=int, default=None)
    parser.add_argument("--check", metavar="OUT.json", help="check the sources instead of crawling them")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a Scrapy setting")
    args = parser.parse_args(argv)
    overrides = parse_sets(args.set)
    if args.check:
        check(args.sources, args.check, overrides)
        return 0
    for source, run_id in crawl(args.sources, overrides, max_pages=args.max_pages).items():
        print(json.dumps({"source": source, "run_id": run_id}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
