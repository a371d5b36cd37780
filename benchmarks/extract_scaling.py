"""Extraction time against text length: `python -m benchmarks.extract_scaling`.

Event-dense Korean and English text (every paragraph a dated meeting with people, a signing and
commitments) at about 5k, 20k and 80k characters through `extract_document`; prints seconds per 1k
characters at each length (median of rounds) and the ratio of the slowest to the fastest.
Target: within 1.5x of each other (time linear in length).
"""
from __future__ import annotations

import statistics
import time
from datetime import date

from benchmarks.extract import EN_PARAS, KO_PARAS

SIZES = (5_000, 20_000, 80_000)


def _text(paras: list[str], chars: int) -> str:
    parts: list[str] = []
    k = 0
    while sum(map(len, parts)) < chars:
        parts.append(paras[k % len(paras)].format(d=1 + k % 27, n=2 + k % 7, month="June"))
        k += 1
    return "\n".join(parts)


def per_kchar(lang: str, chars: int, rounds: int) -> float:
    from extract.pipeline import extract_document
    from streams.records import DocumentRecord

    text = _text(KO_PARAS if lang == "ko" else EN_PARAS, chars)
    doc = DocumentRecord(id=f"bench-{lang}-{chars}", text=text, lang=lang, published=date(2024, 6, 28))
    times = []
    for _ in range(rounds):
        t = time.process_time()
        extract_document(doc)
        times.append(time.process_time() - t)
    return statistics.median(times) / (len(text) / 1000)


def main(rounds: int = 3) -> None:
    import os

    from extract.pipeline import english_nlp, korean_nlp

    korean_nlp(), english_nlp()
    print(f"load average {os.getloadavg()[0]:.2f}; CPU seconds per 1k characters, median of {rounds}")
    for lang in ("ko", "en"):
        figures = {size: per_kchar(lang, size, rounds) for size in SIZES}
        row = "  ".join(f"{size // 1000}k: {v * 1000:.1f} ms" for size, v in figures.items())
        ratio = max(figures.values()) / min(figures.values())
        print(f"{lang}  {row}  slowest/fastest {ratio:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
