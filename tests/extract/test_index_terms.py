"""The Korean index terms a record carries (`extract.index_terms`): read off the document's Kiwi tokens for
texts that are spans of it, the same terms `extract.analysis.analyze` gives the text alone; none for texts that
are not spans, that hold a gazetteer word the index's Kiwi (without those words) splits, for delegates' names,
or for English records."""
from __future__ import annotations

from extract.analysis import ANALYSIS, _terms
from extract.index_terms import plain_analysis, span_terms, text_terms, whole_words
from extract.kiwi import get_kiwi, user_words
from extract.pipeline import extract_document
from streams.records import DocumentRecord

KO = "\n".join([
    "외교부는 5일 서울에서 제3차 한-캐나다 경제안보대화를 개최하고 공급망과 핵심광물 협력 방안을 논의했다고 밝혔다.",
    "산업통상자원부는 같은 날 배터리 공급망 협력 방안을 발표했다.",
    "회의에는 한국 측에서 박정훈 외교부 경제안보국장이, 캐나다 측에서 데이비드 모리슨 글로벌업무부 차관이 각각 "
    "수석대표로 참석했다.",
    "양측은 배터리 공급망 안정을 위해 정보 공유를 강화하기로 했으며, 인공지능과 양자 기술 분야의 공동연구를 확대해 "
    "나가기로 뜻을 모았다.",
])


def alone(text: str) -> list[str]:
    return list(_terms(get_kiwi().tokenize(text)))


def test_korean_records_carry_the_terms_of_their_spans(ko_nlp) -> None:  # noqa: ANN001
    records = extract_document(DocumentRecord(id="d", text=KO, lang="ko", published="2024-06-30"))
    carried = {t: terms for r in records if r.terms for t, terms in r.terms.ko.items()}
    assert carried and all(r.terms is None or r.terms.analysis == ANALYSIS for r in records)
    for r in records:
        texts = {r.name, r.evidence, *(c.text for c in r.commitments),
                 *(x for d in r.delegates for x in (d.role, d.organization))}
        assert set(r.terms.ko if r.terms else {}) <= texts  # only the record's own texts
        assert not {d.name for d in r.delegates} & set(r.terms.ko if r.terms else {})  # names left to the index
    for text, terms in carried.items():
        assert text in KO or all(piece in KO for piece in text.split(". "))
        assert terms == alone(text), text  # what the index's analysis gives the text alone
    assert "양측은 배터리 공급망 안정을 위해 정보 공유를 강화하기로 했으며," in carried
    assert carried["글로벌업무부 차관"] == ["글로벌", "업무", "부", "차관"]
    words = user_words()
    # Gazetteer organisations: one Kiwi without them splits (산업, 통상, 자원부), so a text holding it is left
    # to the index; one it keeps whole anyway is carried.
    assert {"산업통상자원부", "외교부"} <= words and "외교부" in whole_words() and "산업통상자원부" not in whole_words()
    assert not [t for t in carried if "산업통상자원부" in t]
    assert [t for t in carried if "외교부" in t]


def test_the_whole_words_are_kept_whole_by_the_index_analysis() -> None:
    """data/index_whole_words.txt is right for this Kiwi (a word it lacks only costs the index an analysis)."""
    words = sorted(whole_words())
    assert len(words) > 500
    assert [w for w, terms in zip(words, plain_analysis(words), strict=True) if terms != [w.lower()]] == []


def test_texts_that_are_not_spans_on_token_edges_carry_nothing(view) -> None:  # noqa: ANN001
    v = view(KO)
    at = KO.index("공급망과")
    assert span_terms(v, at, at + len("공급망과")) == ["공급망"]
    assert span_terms(v, at, at + 2) is None  # cuts `공급망`
    assert text_terms(v, "공급망과 핵심광물") == ["공급망", "핵심", "광물"]
    assert text_terms(v, "문서에 없는 문장") is None
    assert text_terms(v, "") is None


def test_english_records_carry_no_terms(en_nlp) -> None:  # noqa: ANN001
    text = ("On June 5, Secretary of State Antony Blinken met with Foreign Minister Melanie Joly of Canada in "
            "Washington for the 3rd U.S.-Canada Strategic Dialogue.")
    records = extract_document(DocumentRecord(id="e", text=text, lang="en", published="2024-06-30"))
    assert records and all(r.terms is None for r in records)
