"""End to end on the sample site: every spider kind, encodings, duplicates, robots, traps, hazards, reruns."""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from crawl_helpers import read_documents, run_crawl

from crawlers.runs import RunRecord, list_runs
from crawlers.sampleserver import SampleSite
from streams.records import DocumentRecord

ALL = ["sample.en-feed", "sample.kr-sitemap", "sample.kr-listing", "sample.jp-news", "sample.trap",
       "sample.endless", "sample.hazards"]


@pytest.fixture(scope="module")
def first_crawl(sample_site: SampleSite, tmp_path_factory: pytest.TempPathFactory
                ) -> tuple[Path, str, dict[str, RunRecord], list[DocumentRecord], int]:
    data_dir = tmp_path_factory.mktemp("crawl")
    bus = f"local://{data_dir / 'bus'}"
    hits_before = len(sample_site.hits)
    runs = {r.source: r for r in run_crawl(ALL, data_dir=data_dir, site_url=sample_site.url, bus_url=bus)}
    docs = [rec for _, rec in read_documents(bus)]
    return data_dir, bus, runs, docs, hits_before


def by_path(docs: list[DocumentRecord], fragment: str) -> list[DocumentRecord]:
    return [d for d in docs if fragment in (d.url or "")]


def test_each_spider_kind_publishes(first_crawl: tuple) -> None:
    _, _, runs, docs, _ = first_crawl
    per_source = Counter(d.source for d in docs)
    assert per_source["sample.en-feed"] == 4  # 6 feed items: one duplicate, one disallowed by robots.txt
    assert per_source["sample.kr-listing"] == 7  # three listing pages
    assert per_source["sample.kr-sitemap"] == 7  # sitemap index → child sitemap
    assert per_source["sample.jp-news"] == 2  # news sitemap
    assert runs["sample.kr-listing"].health == "healthy"
    assert all(r.finish_reason == "finished" for r in runs.values())


def test_documents_are_complete_and_dated(first_crawl: tuple) -> None:
    docs: list[DocumentRecord] = first_crawl[3]
    for d in docs:
        assert d.id and d.text and d.title and d.content_hash and d.canonical_url
        assert d.published is not None, d.url
        if isinstance(d.published, datetime):
            assert d.published.tzinfo is not None
        assert d.lang in ("ko", "en"), d.url
    [dialogue] = by_path([d for d in docs if d.source == "sample.kr-listing"], "20240606-economic-security-dialogue")
    assert dialogue.lang == "ko" and "샌디에고" in dialogue.text and "왕윤종" in dialogue.text
    assert dialogue.published.isoformat() == "2024-06-06T09:30:00+09:00"
    assert "검색어를 입력하세요" not in dialogue.text and "개인정보처리방침" not in dialogue.text  # boilerplate gone
    [summit] = by_path(docs, "/jp/press/japan-rok-summit")
    assert summit.published.isoformat() == "2023-03-16T19:30:00+09:00"  # from the news sitemap's date
    [reiwa] = by_path(docs, "reiwa-dialogue-note")
    assert reiwa.published == date(2024, 6, 6)  # 令和6年6月6日 on the page, Tokyo day
    [bio] = by_path([d for d in docs if d.source == "sample.en-feed"], "biopharma-coalition")
    assert bio.published.isoformat() == "2024-06-06T10:45:00-04:00"


@pytest.mark.parametrize(("page", "words"), [
    ("20230819-camp-david-euckr", ["캠프 데이비드", "조기경보시스템"]),  # EUC-KR, charset only in <meta>
    ("20230317-japan-rok-summit-lying-header", ["셔틀외교", "기시다"]),  # EUC-KR, header says UTF-8
    ("20240606-biopharma-no-declaration", ["바이오의약품", "원료의약품"]),  # EUC-KR, no declaration at all
    ("20230329-critical-minerals-mojibake", ["핵심광물", "코발트"]),  # UTF-8, header says ISO-8859-1
])
def test_encodings_decode_without_replacement_characters(first_crawl: tuple, page: str, words: list[str]) -> None:
    docs: list[DocumentRecord] = first_crawl[3]
    found = by_path(docs, page)
    assert len(found) == 2  # once from the listing, once from the sitemap (separate sources)
    for d in found:
        assert d.text.count("\ufffd") == 0 and d.title is not None and d.title.count("\ufffd") == 0
        assert all(w in d.text for w in words), d.text[:200]
        assert "Ã" not in d.text and "ì" not in d.text  # no cp1252 mojibake either


def test_duplicate_under_a_second_url_is_one_document(first_crawl: tuple) -> None:
    _, _, runs, docs, _ = first_crawl
    copies = [d for d in docs if d.source == "sample.en-feed" and "Fourth U.S.-Japan-ROK" in (d.title or "")]
    assert len(copies) == 1
    assert runs["sample.en-feed"].duplicates == 1
    for source in ALL:
        ids = [d.id for d in docs if d.source == source]
        assert len(set(ids)) == len(ids), source
    # Sources crawling the same page publish the same id (from the canonical URL): sinks overwrite.
    feed_ids = {d.canonical_url: d.id for d in docs if d.source == "sample.en-feed"}
    for d in docs:
        if d.source == "sample.trap" and d.canonical_url in feed_ids:
            assert d.id == feed_ids[d.canonical_url]


def test_tracking_parameters_do_not_reach_the_canonical_url(first_crawl: tuple) -> None:
    docs: list[DocumentRecord] = first_crawl[3]
    assert all("utm_" not in (d.canonical_url or "") and "#" not in (d.canonical_url or "") for d in docs)


def test_robots_disallow_is_obeyed(first_crawl: tuple, sample_site: SampleSite) -> None:
    _, _, runs, docs, before = first_crawl
    paths = [h.path for h in sample_site.hits[before:]]
    assert "/robots.txt" in paths
    assert not any(p.startswith("/private/") for p in paths)
    assert runs["sample.en-feed"].failures == {"robots_disallowed": 1}
    assert not by_path(docs, "/private/")


def test_pagination_trap_stops_when_nothing_new(first_crawl: tuple, sample_site: SampleSite) -> None:
    _, _, runs, docs, before = first_crawl
    trap_pages = [h.path for h in sample_site.hits[before:] if h.path.startswith("/trap/")]
    assert trap_pages == ["/trap/page/1", "/trap/page/2"]  # page 2 repeated page 1's links: stop
    assert runs["sample.trap"].new_docs == 3


def test_endless_listing_stops_at_the_page_limit(first_crawl: tuple, sample_site: SampleSite) -> None:
    _, _, runs, docs, before = first_crawl
    pages = sorted(h.path for h in sample_site.hits[before:] if h.path.startswith("/endless/page/"))
    assert pages == ["/endless/page/1", "/endless/page/2", "/endless/page/3"]  # max_pages: 3
    assert runs["sample.endless"].new_docs == 3


def test_huge_page_and_gzip_bomb_are_dropped_and_the_crawl_goes_on(first_crawl: tuple) -> None:
    _, _, runs, docs, _ = first_crawl
    run = runs["sample.hazards"]
    assert run.failures.get("too_large") == 3  # 100 MiB with and without Content-Length, and the bomb
    assert run.failures.get("http_404") == 1
    assert run.new_docs == 1  # the good page after the bad ones
    assert [d for d in docs if d.source == "sample.hazards" and "critical-minerals" in (d.url or "")]


def test_runs_are_recorded_with_counts(first_crawl: tuple) -> None:
    data_dir, _, runs, _, _ = first_crawl
    recorded = {r.source: r for r in list_runs(data_dir)}
    assert set(recorded) == set(ALL)
    feed = recorded["sample.en-feed"]
    assert feed.pages_fetched >= 6 and feed.new_docs == 4 and feed.duration_s > 0
    assert feed.empty_text == 0 and feed.no_date == 0


def test_second_run_publishes_nothing_new(first_crawl: tuple, sample_site: SampleSite) -> None:
    data_dir, bus, _, docs, _ = first_crawl
    before = len(sample_site.hits)
    runs = run_crawl(["sample.en-feed", "sample.kr-sitemap", "sample.kr-listing", "sample.trap"],
                     data_dir=data_dir, site_url=sample_site.url, bus_url=bus)
    assert all(r.new_docs == 0 for r in runs), [(r.source, r.new_docs) for r in runs]
    assert len(read_documents(bus)) == len(docs)
    fetched = [h.path for h in sample_site.hits[before:]]
    # Only discovery pages are fetched again, no article: the seen-store knows them all.
    assert not any(p.startswith(("/en/press/", "/en/archive/", "/kr/press/2")) for p in fetched), fetched
    listing = next(r for r in runs if r.source == "sample.kr-listing")
    assert listing.skipped_seen == 3 and listing.pages_fetched <= 2  # first page had nothing new: stop
    assert next(r for r in runs if r.source == "sample.en-feed").skipped_seen == 5
