"""HTML listing pages with pagination. Paging stops at a page that yields nothing new, or at the limit."""
from __future__ import annotations

from collections.abc import Iterator

from scrapy.http import Request, Response

from crawlers.discovery import listing_links
from crawlers.spiders.base import SourceSpider, response_html


class ListingSpider(SourceSpider):
    name = "listing"
    discovery_kind = "listing"

    def parse_discovery(self, response: Response) -> Iterator[Request]:
        links, next_url = listing_links(response_html(response, self.src.language), response.url, self.src)
        self.inc("links_discovered", len(links))
        new = 0
        for link in links:
            request = self.follow_article(link)  # None for links seen before, in this run or an earlier one
            if request is not None:
                new += 1
                yield request
        if not new:
            # Archives that repeat themselves (calendars, "page N+1" forever) end here.
            self.inc("stopped/nothing_new")
            return
        if self.articles_requested >= self.max_articles:
            return
        if next_url:
            request = self.follow_page(next_url)
            if request is not None:
                yield request
