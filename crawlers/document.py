"""One fetched page → one DocumentRecord: main text, title, canonical URL, date, language, hash."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from crawlers.dates import Published, find_published, parse_date_text
from crawlers.sources import Source
from crawlers.urls import canonicalize, in_domains
from streams.records import DocumentRecord, document_id, utcnow

XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
SPACES = re.compile(r"\s+")
EN_STOPWORDS = frozenset("the of and to in a is that for on with as by was at from are be this".split())
# Less than this is a shell, a cookie notice or "enable JavaScript", not a release: counted as empty.
MIN_TEXT_CHARS = 80
VISIBLE_TEXT = etree.XPath("//body//text()[not(ancestor::script) and not(ancestor::style) "
                           "and not(ancestor::noscript)]")


@dataclass
class Extraction:
    record: DocumentRecord | None  # None when the page has no main text
    published: Published | None = None
    problems: list[str] = field(default_factory=list)  # "empty_text", "no_date"


def content_hash(text: str) -> str:
    """Hash of the normalised text: the same release under two URLs hashes the same."""
    norm = SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]


HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
KANA = re.compile(r"[\u3040-\u30ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
WORDS = re.compile(r"[a-z]+")


def detect_language(text: str) -> str | None:
    """Script shares are enough to tell Korean, Japanese, Chinese and English apart (regexes: fast)."""
    sample = text[:3000]
    hangul, kana, han = len(HANGUL.findall(sample)), len(KANA.findall(sample)), len(HAN.findall(sample))
    latin = len(LATIN.findall(sample))
    letters = hangul + kana + han + latin
    if not letters:
        return None
    if hangul / letters > 0.15:
        return "ko"
    if kana / letters > 0.05:
        return "ja"
    if han / letters > 0.3:
        return "zh"
    words = WORDS.findall(sample.lower())
    if words and sum(w in EN_STOPWORDS for w in words) / len(words) > 0.05:
        return "en"
    return None


def declared_language(tree: lxml_html.HtmlElement) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        for el in tree.iter("meta"):
            key = (el.get("http-equiv") or el.get("property") or el.get("name") or "").lower()
            if key in ("content-language", "og:locale", "language") and el.get("content"):
                lang = el.get("content")
                break
    if not lang:
        return None
    return lang.strip().lower().replace("_", "-").split("-")[0][:2] or None


def _meta(tree: lxml_html.HtmlElement, *keys: str) -> str | None:
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").lower()
        if key in keys and (el.get("content") or "").strip():
            return el.get("content", "").strip()
    return None


def _css_text(tree: lxml_html.HtmlElement, selector: str | None) -> str | None:
    if not selector:
        return None
    parts = [SPACES.sub(" ", el.text_content()).strip() for el in tree.cssselect(selector)]
    text = "\n".join(p for p in parts if p)
    return text or None


def find_title(tree: lxml_html.HtmlElement, source: Source) -> str | None:
    title = _css_text(tree, source.selectors.title) or _meta(tree, "og:title", "twitter:title")
    if not title:
        h1 = tree.find(".//h1")
        title = SPACES.sub(" ", h1.text_content()).strip() if h1 is not None else None
    if not title:
        t = tree.find(".//title")
        title = SPACES.sub(" ", t.text_content()).strip() if t is not None else None
    return title or None


def find_canonical(tree: lxml_html.HtmlElement, url: str, source: Source) -> str:
    """rel=canonical, then og:url; trusted only inside the source's domains (a page cannot claim another
    site's identity and overwrite its document)."""
    candidates = [el.get("href") for el in tree.iter("link")
                  if "canonical" in (el.get("rel") or "").lower().split()]
    candidates.append(_meta(tree, "og:url"))
    for cand in candidates:
        if cand:
            absolute = urljoin(url, cand.strip())
            if absolute.startswith(("http://", "https://")) and in_domains(absolute, source.allowed_domains):
                return canonicalize(absolute, source.canonical_rules)
    return canonicalize(url, source.canonical_rules)


def parse_tree(html: str) -> lxml_html.HtmlElement | None:
    html = XML_DECL.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def main_text(tree: lxml_html.HtmlElement, url: str, source: Source) -> str:
    custom = _css_text(tree, source.selectors.text)
    if custom:
        return custom
    text = trafilatura.extract(tree, url=url, output_format="txt", include_comments=False,
                               include_tables=True, deduplicate=False, with_metadata=False)
    return (text or "").strip()


def build_document(html: str, url: str, source: Source, *, hint_published: str | None = None,
                   fetched_at: datetime | None = None, use_htmldate: bool = True) -> Extraction:
    tree = parse_tree(html)
    if tree is None:
        return Extraction(None, None, ["empty_text"])
    title = find_title(tree, source)
    canonical = find_canonical(tree, url, source)
    page_text = " ".join(t.strip() for t in VISIBLE_TEXT(tree) if t.strip())
    custom_date = _css_text(tree, source.selectors.date)
    published = (parse_date_text(custom_date, source.tz, source.date_formats) if custom_date else None) or \
        find_published(tree, page_text, source.tz, formats=source.date_formats, hint=hint_published,
                       use_htmldate=use_htmldate)
    text = main_text(tree, url, source)
    problems: list[str] = []
    if len(text) < MIN_TEXT_CHARS:
        return Extraction(None, published, ["empty_text"] + ([] if published else ["no_date"]))
    if published is None:
        problems.append("no_date")
    detected = detect_language(text)
    declared = declared_language(tree)
    # Declared first; a declaration the text plainly contradicts (lang="ko" on an English page) loses.
    lang = declared if declared and (detected is None or detected == declared) else detected or source.language
    record = DocumentRecord(
        id=document_id(canonical), url=url, canonical_url=canonical, title=title, text=text,
        published=published.value() if published else None, lang=lang, source=source.id,
        fetched_at=fetched_at or utcnow(), content_hash=content_hash(text),
    )
    return Extraction(record, published, problems)
