"""RSS and Atom feeds: every item link that matches the source's article patterns."""
from __future__ import annotations

from collections.abc import Iterator

from scrapy.http import Request, Response

from crawlers.discovery import feed_links
from crawlers.spiders.base import SourceSpider


class FeedSpider(SourceSpider):
    name = "feed"
    discovery_kind = "feed"

    def parse_discovery(self, response: Response) -> Iterator[Request]:
        links = [link for link in feed_links(response.body, response.url) if self.wanted(link)]
        self.inc("links_discovered", len(links))
        for link in links:
            request = self.follow_article(link)
            if request is not None:
                yield request
