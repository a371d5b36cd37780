"""The Korean speedups of kospeed19 answer what the code they replace did: `extract_document` runs the pipeline
on a Doc that carries only the tokenizer's columns (`KiwiTokenizer.analysis_doc`, `run(..., lean=True)`), and a
few generators per word or sentence became plain tests."""
from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from extract import pipeline
from extract.build import to_record
from extract.lang.ko.tokenizer import KiwiTokenizer
from streams.records import stable_id

TEXT = ("외교부는 12일 서울에서 제2차 한-칠레 경제안보대화를 열고 리튬과 구리 공급망 협력 방안을 논의했다.\n"
        "회의에는 한국 측에서 외교부 양자경제외교국장이, 칠레 측에서 외교부 국제경제차관이 각각 수석대표로 참석했다.\n"
        "양측은 핵심광물·반도체 분야의 공동연구를 확대하기로 했으며, 다음 회의는 내년 산티아고에서 열린다.\n"
        "한편 양국은 지난 3월 체결된 기후변화 협력 양해각서의 이행 상황도 점검했다.")
KEYS = ("kiwi_columns", "kiwi_ends", "sent_starts")


def test_analysis_doc_carries_the_columns_of_the_full_doc(ko_nlp: Language) -> None:
    tok = KiwiTokenizer(ko_nlp.vocab)
    for text in (TEXT, "  가  나\n\n다 Zqxvw9 ", "토니  블링컨 \n", "", " \n"):
        full, lean = tok(text), tok.analysis_doc(text)
        assert isinstance(lean, Doc) and len(lean) == 0  # no spaCy tokens to build
        for key in KEYS:
            assert lean.user_data[key] == full.user_data[key], (text, key)


def _records(lean: bool) -> list[str]:
    sdoc = pipeline.run(TEXT, "ko", date(2025, 3, 12), None, "KOR", lean=lean)
    st = sdoc._.readout
    return [to_record(st.view, a, "d", None, None).model_dump_json() for a in st.events]


def test_lean_run_gives_the_records_of_the_full_run() -> None:
    full, lean = _records(False), _records(True)
    assert full and lean == full
    assert len(pipeline.run(TEXT, "ko", date(2025, 3, 12), lean=True)) == 0
    assert len(pipeline.run(TEXT, "ko", date(2025, 3, 12))) > 0  # the default keeps the tokens (tests, training)


def test_lean_run_of_a_language_without_columns_is_the_full_run() -> None:
    text = "Foreign Minister Cho Tae-yul met Secretary of State Antony Blinken in Washington on March 12."
    assert len(pipeline.run(text, "en", date(2025, 3, 12), lean=True)) > 0  # English keeps its spaCy Doc


def test_stable_id_as_before() -> None:
    def before(*parts: object, length: int = 16) -> str:
        import hashlib

        raw = "\x1f".join("" if p is None else str(p) for p in parts)
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:length]

    for parts in [("a", None, 3, date(2025, 1, 2)), (), (None,), ("한국", "", 0)]:
        assert stable_id(*parts) == before(*parts)
        assert stable_id(*parts, length=8) == before(*parts, length=8)
