"""Crawler test fixtures: the sample site on loopback (helpers live in crawl_helpers.py)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from crawlers.sampleserver import SampleSite, running


@pytest.fixture(scope="session")
def sample_site() -> Iterator[SampleSite]:
    # A short Crawl-delay keeps the suite fast; test_politeness serves its own site with a longer one.
    with running(crawl_delay=0.02) as site:
        yield site
