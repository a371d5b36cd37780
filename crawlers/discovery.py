"""Finding article links: RSS/Atom feeds, XML and news sitemaps, HTML listing pages."""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree
from parsel import Selector

from crawlers.sources import Source
from crawlers.urls import in_domains

MAX_XML_BYTES = 16 * 1024 * 1024
NEXT_TEXTS = re.compile(r"^\s*(다음|다음\s*페이지|next|next\s*page|older|›|»|>)\s*$", re.I)


@dataclass(frozen=True)
class Link:
    url: str
    published: str | None = None  # the feed's or sitemap's date for the article: a hint for the page's date
    title: str | None = None


def _xml(body: bytes) -> etree._Element | None:
    if body[:2] == b"\x1f\x8b":
        # Gzipped sitemaps: decompress with a bound, so a sitemap bomb cannot exhaust memory.
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        body = d.decompress(body, MAX_XML_BYTES)
        if d.unconsumed_tail:
            return None
    # No entity expansion, no network: feeds and sitemaps come from sites we do not control.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        return etree.fromstring(body.lstrip(), parser=parser)
    except etree.XMLSyntaxError:
        return None


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _child_text(el: etree._Element, *names: str) -> str | None:
    for child in el:
        if _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def feed_links(body: bytes, base_url: str) -> list[Link]:
    """Items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, in feed order."""
    root = _xml(body)
    if root is None:
        return []
    links: list[Link] = []
    for el in root.iter():
        name = _local(el.tag)
        if name == "item":
            href = _child_text(el, "link") or el.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
            guid = _child_text(el, "guid")
            if not href and guid and guid.startswith("http"):
                href = guid
            date = _child_text(el, "pubdate", "date", "published", "updated")
        elif name == "entry":
            href = None
            for child in el:
                if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate":
                    href = child.get("href")
                    break
            date = _child_text(el, "published", "updated")
        else:
            continue
        if href:
            links.append(Link(urljoin(base_url, href.strip()), date, _child_text(el, "title")))
    return links


def sitemap_links(body: bytes, base_url: str) -> tuple[list[Link], list[str]]:
    """(article URLs with lastmod or news publication date, child sitemaps) of a sitemap or index."""
    root = _xml(body)
    if root is None:
        return [], []
    urls: list[Link] = []
    children: list[str] = []
    is_index = _local(root.tag) == "sitemapindex"
    for el in root:
        kind = _local(el.tag)
        loc = _child_text(el, "loc")
        if not loc:
            continue
        if is_index or kind == "sitemap":
            children.append(urljoin(base_url, loc))
            continue
        date = None
        for sub in el.iter():
            if _local(sub.tag) == "publication_date" and sub.text:
                date = sub.text.strip()
                break
        title = next((s.text.strip() for s in el.iter() if _local(s.tag) == "title" and s.text), None)
        urls.append(Link(urljoin(base_url, loc), date or _child_text(el, "lastmod"), title))
    return urls, children


def listing_links(html: str, base_url: str, source: Source) -> tuple[list[Link], str | None]:
    """(article links on the page, the next page URL or None)."""
    sel = Selector(text=html)
    scope = sel.css(source.link_selector) if source.link_selector else [sel]
    hrefs: list[str] = []
    for part in scope:
        hrefs.extend(part.css("a::attr(href)").getall())
    links: list[Link] = []
    seen: set[str] = set()
    for href in hrefs:
        url = urljoin(base_url, href.strip())
        if url in seen or not url.startswith(("http://", "https://")):
            continue
        seen.add(url)
        if in_domains(url, source.allowed_domains) and source.is_article(url):
            links.append(Link(url))
    return links, next_page(sel, base_url, source)


def next_page(sel: Selector, base_url: str, source: Source) -> str | None:
    candidates: list[str] = []
    if source.next_page:
        candidates += sel.css(source.next_page).css("::attr(href)").getall()
    candidates += sel.css("a[rel~=next]::attr(href), link[rel~=next]::attr(href)").getall()
    if not candidates:
        for a in sel.css("a"):
            if NEXT_TEXTS.match(" ".join(a.css("::text").getall())) and a.attrib.get("href"):
                candidates.append(a.attrib["href"])
    for href in candidates:
        url = urljoin(base_url, href.strip())
        if url.startswith(("http://", "https://")) and url != base_url and in_domains(url, source.allowed_domains):
            return url
    return None
