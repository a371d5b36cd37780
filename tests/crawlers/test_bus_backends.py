"""Documents reach raw.documents on both bus backends (embedded log and Kafka via Tansu), keyed by id."""
from __future__ import annotations

from pathlib import Path

from crawl_helpers import read_documents, run_crawl

from crawlers.sampleserver import SampleSite
from streams.bus import open_bus
from streams.records import document_id
from streams.topics import RAW_DOCUMENTS


def test_documents_reach_raw_documents(bus_url: str, sample_site: SampleSite, tmp_path: Path) -> None:
    with open_bus(bus_url) as bus:
        bus.ensure_topics([RAW_DOCUMENTS])
    before = len(read_documents(bus_url))  # the Kafka broker is shared by the whole test session
    [run] = run_crawl(["sample.jp-news"], data_dir=tmp_path, site_url=sample_site.url, bus_url=bus_url)
    assert run.new_docs == 2
    records = read_documents(bus_url, expect_at_least=before + 2)
    mine = [(k, r) for k, r in records if r.source == "sample.jp-news" and sample_site.url in (r.url or "")]
    assert len(mine) >= 2
    for key, record in mine:
        assert key == record.id == document_id(record.canonical_url or "")
        assert record.lang == "en" and record.published is not None and "Republic of Korea" in record.text
