"""What carrying the Korean index terms costs extraction: `python -m benchmarks.terms_cost`.

The Korean pipeline with `EventRecord.terms` computed (`extract.index_terms`) against the same pipeline with
that step left out (as before it), interleaved in one process, CPU time per document, over the in-repo
Korean documents (`benchmarks.terms_agreement.doc_files`) and the extraction benchmark's generated ones.
Figures go to benchmarks/results/terms_cost.json.

    python -m benchmarks.terms_cost [--seconds 3] [--rounds 5] [--quick]
"""
from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

from benchmarks.extract import KO_PARAS, _docs
from benchmarks.harness import MIN_ROUNDS, Report, interleaved
from benchmarks.terms_agreement import doc_files


def korean_docs() -> list[dict]:
    out = []
    for f in doc_files():
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                if raw.get("lang", "").startswith("ko") or "다." in raw.get("text", ""):
                    out.append(raw)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="minimum CPU seconds per side per round")
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--quick", action="store_true", help="CI-sized: 0.5 s per side")
    a = ap.parse_args()
    if a.quick:
        a.seconds = 0.5
    from extract import build
    from extract.pipeline import extract_document, korean_nlp
    from streams.records import DocumentRecord

    korean_nlp()
    fields = DocumentRecord.model_fields
    docs = [DocumentRecord(**{k: v for k, v in raw.items() if v is not None and k in fields})
            for raw in korean_docs()]
    docs += [DocumentRecord(id=f"g{i}", text=t, lang="ko", published="2024-06-30")
             for i, t in enumerate(_docs(KO_PARAS, 20))]
    with_terms = build.index_terms
    spent: list[float] = []  # per round with terms: the share of the CPU inside `index_terms`

    def timed(*args: object) -> object:
        c = time.process_time()
        out = with_terms(*args)  # type: ignore[arg-type]
        inside[0] += time.process_time() - c
        return out

    inside = [0.0]

    def side(terms: bool) -> Callable[[], float]:
        def one_round() -> float:  # documents per CPU-second, over at least `seconds` CPU seconds
            build.index_terms = timed if terms else (lambda *_: None)  # type: ignore[assignment]
            inside[0] = 0.0
            n, c = 0, time.process_time()
            while time.process_time() - c < a.seconds:
                for d in docs:
                    extract_document(d)
                n += len(docs)
            total = time.process_time() - c
            if terms:
                spent.append(100 * inside[0] / total)
            return n / total
        return one_round

    side(True)(), side(False)()  # warm up
    spent.clear()
    report = Report("terms_cost", {"quick": a.quick, "docs": len(docs), "seconds": a.seconds, "rounds": a.rounds})
    r = interleaved({"with terms": side(True), "without": side(False)}, a.rounds)
    build.index_terms = with_terms
    report.add("korean pipeline carrying terms", r["with terms"], "docs per CPU-s")
    report.add("korean pipeline without them (before)", r["without"], "docs per CPU-s")
    report.ratio("CPU per document, with terms / without", r["without"], r["with terms"], None)
    report.add("CPU inside index_terms, timed in the pipeline", spent, "% of the pipeline's")
    report.save()


if __name__ == "__main__":
    main()
