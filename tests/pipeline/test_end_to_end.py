"""The whole pipeline (`readout run`) over the sample site, on the embedded backends and on Kafka (Tansu) +
Elasticsearch (noida-db): crawl jobs in, merged events found by search, a Korean and an English report of one
meeting merged into one event."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawlers.sampleserver import SampleSite
from extract.analysis import analyze
from index import open_index
from index.model import SearchQuery
from streams.bus import open_bus
from streams.records import CrawlJob
from streams.topics import CRAWL_JOBS

ROOT = Path(__file__).parents[2]
SOURCES = ("sample.en-feed", "sample.kr-sitemap")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    s = SampleSite(crawl_delay=0).start()
    yield s
    s.stop()


@pytest.fixture(params=["embedded", "kafka+es"])
def backends(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    if request.param == "embedded":
        return f"local://{tmp_path / 'bus'}", f"tantivy://{tmp_path / 'index'}"
    kafka = request.getfixturevalue("kafka_bootstrap")
    es = request.getfixturevalue("es_url")
    return f"kafka://{kafka}?session_timeout_ms=2000&heartbeat_interval_ms=500", es


def test_pipeline_crawls_extracts_indexes_and_merges(site: SampleSite, backends: tuple[str, str],
                                                    tmp_path: Path) -> None:
    bus_url, index_url = backends
    env = {**os.environ, "READOUT_DATA_DIR": str(tmp_path), "READOUT_BUS": bus_url, "READOUT_INDEX": index_url,
           "READOUT_ALLOWED_ADDRESSES": site.url.split("//")[1],
           "READOUT_SAMPLES_URL": site.url}
    run = subprocess.Popen([sys.executable, "-m", "readout", "run", "--stages", "crawl,extract,index"], env=env,
                           cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        with open_bus(bus_url) as bus:
            bus.publish_many((CRAWL_JOBS, s, CrawlJob(source=s, reason="manual", job_id=f"e2e-{s}")) for s in SOURCES)
        index = open_index(index_url, analyze)
        found = None
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline:
            index.refresh()
            page = index.search(SearchQuery(person="Wang Yun-jong"))
            found = next((h.event for h in page.hits if {r.lang for r in h.event.reports} >= {"ko", "en"}), None)
            if found:
                break
            time.sleep(2)
        assert found is not None, "the San Diego dialogue should be indexed with Korean and English reports"
        assert found.date == "2024-06-05" and found.type == "dialogue"
        assert {"KOR", "USA", "JPN"} <= set(found.participants)
        assert index.search(SearchQuery(q="경제안보")).total >= 1
        assert index.search(SearchQuery(q="economic security dialogue")).total >= 1
        index.close()
    finally:
        run.send_signal(signal.SIGINT)
        try:
            code = run.wait(60)
        except subprocess.TimeoutExpired:
            run.kill()
            raise
    assert code == 0, run.stderr.read()[-2000:] if run.stderr else ""
