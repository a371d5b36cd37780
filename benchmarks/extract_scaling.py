"""Extraction time against text length: `python -m benchmarks.extract_scaling`.

Event-dense Korean and English text (every paragraph a dated meeting with people, a signing and
commitments) at about 5k, 20k and 80k characters through `extract_document`; prints seconds per 1k
characters at each length (sizes interleaved per round after a warm-up; median and range of the rounds), the
ratio of the slowest to the fastest size per round, and writes them to benchmarks/results/extract-scaling.json.
Target: within 1.5x of each other (time linear in length).
"""
from __future__ import annotations

import argparse
import time
from datetime import date

from benchmarks.extract import EN_PARAS, KO_PARAS
from benchmarks.harness import MIN_ROUNDS, Report, interleaved
from streams.records import DocumentRecord

SIZES = (5_000, 20_000, 80_000)


def _text(paras: list[str], chars: int) -> str:
    parts: list[str] = []
    k = 0
    while sum(map(len, parts)) < chars:
        parts.append(paras[k % len(paras)].format(d=1 + k % 27, n=2 + k % 7, month="June"))
        k += 1
    return "\n".join(parts)


def per_kchar(doc: DocumentRecord) -> float:
    """CPU seconds per 1k characters of one extraction of `doc`."""
    from extract.pipeline import extract_document

    t = time.process_time()
    extract_document(doc)
    return (time.process_time() - t) / (len(doc.text) / 1000)


def main() -> None:
    from extract.pipeline import english_nlp, korean_nlp

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS + 2)
    a = ap.parse_args()
    korean_nlp(), english_nlp()
    report = Report("extract-scaling", {"rounds": a.rounds, "sizes": list(SIZES)})
    for lang in ("ko", "en"):
        docs = {size: DocumentRecord(id=f"bench-{lang}-{size}", lang=lang, published=date(2024, 6, 28),
                                     text=_text(KO_PARAS if lang == "ko" else EN_PARAS, size)) for size in SIZES}
        per_kchar(docs[SIZES[0]])  # warm-up: first-call set-up is not a per-character cost
        # sizes interleaved in every round, so a change of load falls on all of them alike
        rounds = interleaved({str(size): (lambda d=doc: per_kchar(d)) for size, doc in docs.items()}, a.rounds)
        for size in SIZES:
            report.add(f"{lang} {size // 1000}k CPU per 1k chars", [s * 1000 for s in rounds[str(size)]], "ms")
        slowest = [max(r) / min(r) for r in zip(*rounds.values(), strict=True)]
        report.ratio(f"{lang} slowest / fastest size", slowest, [1.0] * len(slowest), 1.5, higher_is_better=False)
    report.save()


if __name__ == "__main__":
    main()
