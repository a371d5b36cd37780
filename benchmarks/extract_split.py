"""Where the Korean pipeline's time goes beside Kiwi: `python -m benchmarks.extract_split [--rounds 5]`.

`python -m benchmarks.extract` compares the pipeline with Kiwi `tokenize` alone; this splits the pipeline's side on
the same texts, in the same process, interleaved round by round (CPU time, so the shared machine's load counts
less): Kiwi alone; the full pipeline, with the time of its Kiwi calls taken apart (Kiwi timed inside the pipeline);
and the pipeline with Kiwi's tokens replayed (its own Python work, nothing of Kiwi's). Kiwi inside the pipeline
takes longer than Kiwi alone, and the pipeline's own part longer than when replayed: the two share the core's
caches, so neither runs as it does alone. The figures say how much of the ratio's gap is that, and how much is
the Python work itself. Written to benchmarks/results/extract-split.json (`--name`).
"""
from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from benchmarks.extract import KO_PARAS, _docs
from benchmarks.harness import MIN_ROUNDS, Report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--passes", type=int, default=2, help="passes over the documents per side per round")
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--name", default="extract-split")
    a = ap.parse_args()
    import extract.lang.ko.tokenizer as tokenizer
    from extract.kiwi import get_kiwi
    from extract.pipeline import extract_document, korean_nlp
    from streams.records import DocumentRecord

    korean_nlp()
    kiwi = get_kiwi()
    texts = _docs(KO_PARAS, a.docs)
    docs = [DocumentRecord(id="b", text=t, lang="ko", published="2024-06-30") for t in texts]
    saved = {chunk: kiwi.tokenize(chunk) for t in texts for _, chunk in tokenizer._chunks(t)}
    inside = [0.0]

    class Timed:  # Kiwi as the pipeline calls it, its CPU time added up
        def tokenize(self, text: str) -> object:
            c = time.process_time()
            try:
                return kiwi.tokenize(text)
            finally:
                inside[0] += time.process_time() - c

    class Replay:  # Kiwi's tokens for these texts, as Kiwi gave them
        def tokenize(self, text: str) -> object:
            return saved[text]

    n = a.passes * len(texts)

    def ms_per_doc(fn: Callable[[], None]) -> float:
        c = time.process_time()
        for _ in range(a.passes):
            fn()
        return (time.process_time() - c) * 1000 / n

    def kiwi_alone() -> None:
        for t in texts:
            kiwi.tokenize(t)

    def pipeline() -> None:
        for d in docs:
            extract_document(d)

    report = Report(a.name, {"docs": a.docs, "passes": a.passes, "rounds": a.rounds, "lang": "ko"})
    got: dict[str, list[float]] = {k: [] for k in ("kiwi alone", "pipeline", "kiwi in pipeline", "replayed")}
    for r in range(-1, a.rounds):  # round -1: the warm-up
        got_kiwi = ms_per_doc(kiwi_alone)
        inside[0] = 0.0
        tokenizer.get_kiwi = Timed  # type: ignore[assignment]
        got_full = ms_per_doc(pipeline)
        got_inside = inside[0] * 1000 / n
        tokenizer.get_kiwi = Replay  # type: ignore[assignment]
        got_replayed = ms_per_doc(pipeline)
        tokenizer.get_kiwi = get_kiwi
        if r >= 0:
            for k, v in zip(got, (got_kiwi, got_full, got_inside, got_replayed), strict=True):
                got[k].append(v)
    report.add("korean kiwi tokenize alone", got["kiwi alone"], "ms/doc")
    report.add("korean pipeline", got["pipeline"], "ms/doc")
    report.add("korean kiwi inside the pipeline", got["kiwi in pipeline"], "ms/doc")
    own = [f - k for f, k in zip(got["pipeline"], got["kiwi in pipeline"], strict=True)]
    report.add("korean pipeline's own part, with Kiwi", own, "ms/doc")
    report.add("korean pipeline, Kiwi replayed", got["replayed"], "ms/doc")
    report.ratio("korean pipeline / kiwi tokenize (rates)", got["kiwi alone"], got["pipeline"], 0.6)
    report.ratio("kiwi inside / kiwi alone", got["kiwi in pipeline"], got["kiwi alone"])
    report.ratio("own part with Kiwi / replayed", own, got["replayed"])
    report.ratio("kiwi alone / (kiwi alone + replayed)", got["kiwi alone"],
                 [k + p for k, p in zip(got["kiwi alone"], got["replayed"], strict=True)])
    report.save()


if __name__ == "__main__":
    main()
