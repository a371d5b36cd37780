"""Feeds, sitemaps and listings: links found, dates kept, hostile XML left unexpanded."""
from __future__ import annotations

import gzip

from crawlers.discovery import feed_links, listing_links, sitemap_links
from crawlers.sources import Source

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>A</title><link rel="alternate" href="https://example.org/a"/><link rel="edit" href="/edit"/>
<published>2024-06-05T10:00:00Z</published></entry>
<entry><title>B</title><link href="/b"/><updated>2024-06-06T10:00:00+09:00</updated></entry>
</feed>"""

RDF = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<item rdf:about="https://example.org/r1"><title>R1</title><dc:date>2024-06-05</dc:date></item></rdf:RDF>"""

BOMB = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss><channel><item><title>&lol3;&xxe;</title><link>https://example.org/x</link></item></channel></rss>"""


def test_atom_and_rdf_feeds() -> None:
    links = feed_links(ATOM, "https://example.org/feed")
    assert [(x.url, x.published) for x in links] == [("https://example.org/a", "2024-06-05T10:00:00Z"),
                                                     ("https://example.org/b", "2024-06-06T10:00:00+09:00")]
    [r1] = feed_links(RDF, "https://example.org/rdf")
    assert r1.url == "https://example.org/r1" and r1.published == "2024-06-05"


def test_hostile_xml_is_not_expanded() -> None:
    [link] = feed_links(BOMB, "https://example.org/feed")
    assert link.url == "https://example.org/x"
    assert "root:" not in (link.title or "") and "lollollol" not in (link.title or "")


def test_gzipped_sitemap_index_and_urlset() -> None:
    index = gzip.compress(b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                          b"<sitemap><loc>https://example.org/s1.xml</loc></sitemap></sitemapindex>")
    assert sitemap_links(index, "https://example.org/") == ([], ["https://example.org/s1.xml"])
    urlset = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/a</loc>'
              b"<lastmod>2024-06-05</lastmod></url></urlset>")
    links, children = sitemap_links(urlset, "https://example.org/")
    assert children == [] and links[0].url == "https://example.org/a" and links[0].published == "2024-06-05"


def test_listing_links_and_next_page() -> None:
    src = Source(id="test.list", name="t", country="KOR", language="ko", discovery="listing",
                 start_urls=["https://example.org/list"], allowed_domains=["example.org"],
                 article_patterns=[r"/view\?id=\d+"])
    html = """<html><body><a href="/view?id=1">one</a><a href="/view?id=1">again</a>
    <a href="https://other.org/view?id=2">offsite</a><a href="/about">about</a><a href="/view?id=3">three</a>
    <div class="paging"><a href="/list?page=1">1</a><a href="/list?page=2">다음</a></div></body></html>"""
    links, nxt = listing_links(html, "https://example.org/list?page=1", src)
    assert [x.url for x in links] == ["https://example.org/view?id=1", "https://example.org/view?id=3"]
    assert nxt == "https://example.org/list?page=2"
