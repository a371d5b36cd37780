"""What the topic classifier adds to extraction time: `python -m benchmarks.topics`.

The in-repo tuning documents (61 per language, 0.3–9 KB) extracted whole with READOUT_TOPICS=rules, model and
both, interleaved per round: CPU milliseconds per document (medians of the rounds, with their range) and the
per-round difference from `rules`. On shared cores that difference is within the noise, so the classifier's own
part (the clauses' inputs and one batched prediction per document, `topic_model.clause_topics`) is also timed
alone on the same documents. Written to benchmarks/results/topics.json.

    python -m benchmarks.topics [--rounds 5] [--quick]
"""
from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable

from benchmarks.harness import MIN_ROUNDS, Report, interleaved

MODES = ("rules", "model", "both")


def _side(docs: list, mode: str) -> Callable[[], float]:
    from extract.pipeline import extract_document

    def one_pass() -> float:
        os.environ["READOUT_TOPICS"] = mode
        start = time.process_time()
        for doc in docs:
            extract_document(doc)
        return (time.process_time() - start) * 1000 / len(docs)
    return one_pass


def _classifier(docs: list, mode: str) -> Callable[[], float]:
    """CPU ms per document of the classifier's part alone, on documents the pipeline has already run on."""
    from extract import pipeline
    from extract.topic_model import clause_topics

    ready = []
    for doc in docs:
        sdoc = pipeline.run(doc.text, pipeline.document_language(doc, doc.text) or "en", doc.published_date())
        st, view, owner = pipeline._sectioned(sdoc)
        ready.append((view, [s for s in view.sents if s.idx in owner]))

    def one_pass() -> float:
        start = time.process_time()
        for view, sents in ready:
            clause_topics(view, sents, mode)
        return (time.process_time() - start) * 1000 / len(ready)
    return one_pass


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--quick", action="store_true", help="CI-sized: 15 documents per language")
    a = ap.parse_args()
    from extract.pipeline import document_language
    from extract.text import clean_text
    from extract.train.data import document, read_jsonl, tuning_sets

    docs = [document(raw) for folder in tuning_sets() for raw in read_jsonl(folder / "docs.jsonl")]
    by_lang = {lang: [d for d in docs if document_language(d, clean_text(d.text)) == lang] for lang in ("en", "ko")}
    if a.quick:
        by_lang = {lang: ds[:15] for lang, ds in by_lang.items()}
    report = Report("topics", {"quick": a.quick, "rounds": a.rounds, "docs": {k: len(v) for k, v in by_lang.items()},
                               "chars_per_doc": {k: round(sum(len(d.text) for d in v) / len(v)) for k, v in
                                                 by_lang.items()}})
    before = os.environ.get("READOUT_TOPICS")
    try:
        for lang, ds in by_lang.items():
            for mode in MODES:
                _side(ds[:3], mode)()  # warm up: models, caches
            rounds = interleaved({mode: _side(ds, mode) for mode in MODES}, a.rounds)
            for mode in MODES:
                report.add(f"{lang} {mode}", rounds[mode], "ms/doc")
            for mode in ("model", "both"):
                added = [m - r for m, r in zip(rounds[mode], rounds["rules"], strict=True)]
                report.add(f"{lang} {mode} - rules", added, "ms/doc")
            alone = interleaved({"classifier": _classifier(ds, "both")}, a.rounds)
            report.add(f"{lang} classifier alone", alone["classifier"], "ms/doc")
    finally:
        if before is None:
            os.environ.pop("READOUT_TOPICS", None)
        else:
            os.environ["READOUT_TOPICS"] = before
    report.save()


if __name__ == "__main__":
    main()
