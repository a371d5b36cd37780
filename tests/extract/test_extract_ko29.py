"""Round 29, Korean agreements told without an active signing verb (sentences are our own): the signing noun as the
subject of a light predicate (`협정 서명이 이뤄졌다`, `약정에 대한 서명이 진행됐다`), documents exchanged in the passive
(`양해각서가 교환되었다`), and a plural document noun (`문서들이 서명되는`, `약정서들이 체결됐다`); a planned, past or
negated one is no signing held."""
from extract.pipeline import extract_document
from streams.records import DocumentRecord


def _signings(text: str, published: str) -> list[tuple[bool, str | None]]:
    """Each agreement's (mentioned, date)."""
    events = extract_document(DocumentRecord(id="t", text=text, lang="ko", published=published))
    return [(e.mentioned, e.date) for e in events if e.type == "agreement"]


def test_a_signing_noun_as_the_subject_of_a_light_predicate() -> None:
    text = ("안덕근 산업통상자원부 통상교섭본부장은 28일 서울에서 자셈 알부다이위 걸프협력회의(GCC) 사무총장을 만났다. "
            "이 자리에서 한-GCC 자유무역협정(FTA) 서명이 이뤄졌다.")
    assert _signings(text, "2023-12-28") == [(False, "2023-12-28")]


def test_a_signing_of_a_document_told_as_carried_out() -> None:
    text = "7일(현지시간) 인도네시아 자카르타에서 한-필리핀 자유무역협정(FTA)에 대한 서명이 진행됐다."
    assert _signings(text, "2023-09-08") == [(False, "2023-09-07")]


def test_documents_exchanged_in_the_passive() -> None:
    text = "12일(현지시간) 양국 정상이 지켜보는 가운데 반도체 공급망 협력 양해각서가 교환되었다."
    assert _signings(text, "2023-12-13") == [(False, "2023-12-12")]
    text = "체코 프라하에서 20일(현지시간) 한-체코 원전 협력에 관한 약정서가 교환됐다."
    assert _signings(text, "2024-09-21") == [(False, "2024-09-20")]


def test_a_plural_document_noun() -> None:
    text = ("윤석열 대통령과 샵카트 미르지요예프 우즈베키스탄 대통령은 14일(현지시간) 타슈켄트에서 핵심광물 공급망 "
            "협력 관련 문서들이 서명되는 장면을 지켜봤다.")
    assert _signings(text, "2024-06-15") == [(False, "2024-06-14")]
    text = "10일(현지시간) 아시가바트에서 한-투르크메니스탄 가스·플랜트 분야 협력 약정서들이 체결됐다."
    assert _signings(text, "2024-06-11") == [(False, "2024-06-10")]


def test_a_planned_past_or_negated_signing_is_not_held() -> None:
    assert _signings("양국은 내년 상반기 중 투자보장협정 서명이 이뤄질 예정이다.", "2024-06-05") == []
    assert _signings("이날 투자보장협정 서명은 끝내 이뤄지지 않았다.", "2024-06-05") == []
    assert _signings("양국 대표단 사이에 4일 의견 교환이 이뤄졌다.", "2024-06-05") == []
    assert all(mentioned for mentioned, _ in _signings("두 나라는 지난해 투자보장협정 서명이 이뤄졌다.", "2024-06-05"))


def test_the_scene_before_a_document_is_not_its_name() -> None:
    text = ("10일(현지시간) 아시가바트에서 윤석열 대통령과 세르다르 베르디무하메도프 투르크메니스탄 대통령이 "
            "임석한 가운데 한-투르크메니스탄 에너지 협력 양해각서 교환식이 열렸다.")
    events = extract_document(DocumentRecord(id="t", text=text, lang="ko", published="2024-06-11"))
    assert [e.name for e in events if e.type == "agreement"] == ["한-투르크메니스탄 에너지 협력 양해각서"]
