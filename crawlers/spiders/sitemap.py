"""XML sitemaps, sitemap indexes and news sitemaps; newest articles first, within the budgets."""
from __future__ import annotations

from collections.abc import Iterator

from scrapy.http import Request, Response

from crawlers.discovery import sitemap_links
from crawlers.spiders.base import SourceSpider
from crawlers.urls import in_domains


class SitemapSpider(SourceSpider):
    name = "sitemap"
    discovery_kind = "sitemap"

    def parse_discovery(self, response: Response) -> Iterator[Request]:
        links, children = sitemap_links(response.body, response.url)
        for child in children:
            if in_domains(child, self.src.allowed_domains):
                request = self.follow_page(child)
                if request is not None:
                    yield request
        wanted = [link for link in links if self.wanted(link)]
        self.inc("links_discovered", len(wanted))
        # ISO dates sort as strings; undated entries go last.
        wanted.sort(key=lambda link: link.published or "", reverse=True)
        for link in wanted:
            request = self.follow_article(link)
            if request is not None:
                yield request
