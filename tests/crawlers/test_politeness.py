"""robots.txt Crawl-delay spaces requests even with DOWNLOAD_DELAY 0; the user agent names a contact."""
from __future__ import annotations

from pathlib import Path

from crawl_helpers import run_crawl

from crawlers.sampleserver import running


def test_crawl_delay_is_obeyed_and_user_agent_has_contact(tmp_path: Path) -> None:
    with running(crawl_delay=0.4) as site:
        [run] = run_crawl(["sample.kr-listing"], data_dir=tmp_path, site_url=site.url,
                          bus_url=f"local://{tmp_path / 'bus'}",
                          settings={"USER_AGENT": "Readout/0.1 (+contact ops@example.org)",
                                    "CONCURRENT_REQUESTS_PER_DOMAIN": "8", "AUTOTHROTTLE_ENABLED": "false"})
        hits = list(site.hits)
    assert run.new_docs == 7
    pages = [h for h in hits if h.path != "/robots.txt"]
    assert len(pages) == 10  # three listing pages, seven articles
    at = [h.at for h in pages]
    gaps = [b - a for a, b in zip(at, at[1:], strict=False)]
    # 0.4 s Crawl-delay. Arrival times jitter under load (one request ~0.1 s late, the next on time, so the gap
    # after it is short by as much): the delay holds on average and no two requests come in a burst (gaps of a few
    # ms fail either way).
    assert min(gaps) >= 0.15, gaps
    assert sum(gaps) / len(gaps) >= 0.35, gaps
    assert all("ops@example.org" in h.user_agent for h in hits)
