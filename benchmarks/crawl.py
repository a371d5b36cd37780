"""Pages/s for processing recorded pages into DocumentRecords, and the ratio to trafilatura alone.

    python -m benchmarks.crawl [--rounds 5]

"Processing" is what a spider does per fetched article: decode the bytes, parse, find title,
canonical URL, language and date, extract the main text, hash it and build the record. The baseline
is `trafilatura.extract` on the same (already decoded) HTML. Two page sets: the sample site's
articles as written (3-6 KB), and the same articles inside ~50 KB of portal boilerplate (menus,
related links, footers), which is what government pages look like. Target ratio: <= 1.5.
"""
from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import trafilatura

from crawlers.document import build_document
from crawlers.encoding import decode_html
from crawlers.sampleserver import SITE_DIR
from crawlers.sources import Source

HEADERS = {"/kr/press/20230317-japan-rok-summit-lying-header.html": "text/html; charset=utf-8",
           "/kr/press/20230329-critical-minerals-mojibake.html": "text/html; charset=iso-8859-1"}


def recorded_pages() -> list[tuple[str, bytes, str]]:
    """(url, body bytes, Content-Type) for every article page on the sample site."""
    pages = []
    for folder in ("en/press", "en/archive/2024", "kr/press", "jp/press"):
        for path in sorted((SITE_DIR / folder).glob("*.html")):
            if path.name.startswith("list-"):
                continue
            rel = "/" + str(path.relative_to(SITE_DIR))
            pages.append((f"https://example.org{rel}", path.read_bytes(), HEADERS.get(rel, "text/html")))
    return pages


def portal_page(body: bytes, content_type: str) -> bytes:
    """The article inside a heavy portal layout: mega-menu, sidebar, related links, footer (~50 KB)."""
    html, codec = decode_html(body, content_type)
    menu = "".join(f'<li><a href="/menu/{i}">정책 메뉴 {i} Policy menu item {i}</a></li>' for i in range(400))
    related = "".join(f'<li><a href="/related/{i}">관련 보도자료 제목 {i} Related release title {i}</a>'
                      f'<span class="date">2024.05.{i % 28 + 1:02d}</span></li>' for i in range(120))
    footer = "<p>" + " | ".join(f"Footer link {i} 하단 링크 {i}" for i in range(200)) + "</p>"
    head, _, rest = html.partition("<body>")
    out = (f'{head}<body><nav class="mega"><ul>{menu}</ul></nav><aside class="side"><ul>{related}</ul></aside>'
           f"{rest.replace('</body>', f'<footer>{footer}</footer></body>')}")
    return out.encode(codec if codec not in ("utf-8-sig",) else "utf-8", "replace")


def source_for(url: str) -> Source:
    ko = "/kr/" in url
    return Source(id="bench.kr" if ko else "bench.en", name="bench", country="KOR" if ko else "USA",
                  language="ko" if ko else "en", timezone="Asia/Seoul" if ko else "America/New_York",
                  discovery="listing", start_urls=["https://example.org/"], allowed_domains=["example.org"])


def rate(work: Callable[[], int]) -> float:
    start = time.perf_counter()
    n = work()
    return n / (time.perf_counter() - start)


def measure(pages: list[tuple[str, bytes, str]], rounds: int, repeat: int) -> tuple[float, float, float, float]:
    decoded = [(url, decode_html(body, ctype)[0]) for url, body, ctype in pages]
    sources = {url: source_for(url) for url, _, _ in pages}

    def ours() -> int:
        n = 0
        for _ in range(repeat):
            for url, body, ctype in pages:
                html = decode_html(body, ctype, lang_hint=sources[url].language)[0]
                extraction = build_document(html, url, sources[url])
                assert extraction.record is not None, url
                n += 1
        return n

    def trafilatura_alone() -> int:
        n = 0
        for _ in range(repeat):
            for url, html in decoded:
                trafilatura.extract(html, url=url, output_format="txt", include_comments=False,
                                    include_tables=True, deduplicate=False, with_metadata=False)
                n += 1
        return n

    avg_kb = sum(len(b) for _, b, _ in pages) / len(pages) / 1024
    ours(), trafilatura_alone()  # warm caches, imports, lazily built parsers
    # Interleaved rounds, so a neighbour's load on this shared machine hits both sides alike.
    pairs = [(rate(ours), rate(trafilatura_alone)) for _ in range(rounds)]
    return (statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs),
            statistics.median(p[1] / p[0] for p in pairs), avg_kb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    plain = recorded_pages()
    portal = [(url, portal_page(body, ctype), ctype) for url, body, ctype in plain]
    print(f"{len(plain)} recorded pages (Korean, English, Japan MOFA English), median of {args.rounds} rounds")
    worst = 0.0
    for label, pages, repeat in (("sample pages", plain, 10), ("portal pages", portal, 2)):
        ours, base, ratio, kb = measure(pages, args.rounds, repeat)
        worst = max(worst, ratio)
        print(f"{label:13s} (~{kb:4.1f} KB): processing {ours:7.1f} pages/s | trafilatura.extract alone "
              f"{base:7.1f} pages/s | ratio {ratio:.2f}")
    print(f"worst ratio {worst:.2f} (target <= 1.5): {'ok' if worst <= 1.5 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
