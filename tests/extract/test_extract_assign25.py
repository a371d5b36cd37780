"""Round 24 (assign25), which event of a multi-event release a sentence belongs to: after an agreement signed at the
day's meeting, a sentence opening on the agreement (`Under the Accord, …`, `The memorandum will …`, `이번 협정에 따라
…`) is the agreement's, not the meeting's (releases are our own)."""
from extract.pipeline import extract_document
from streams.records import DocumentRecord


def _topics(text: str, published: str, lang: str) -> dict[str, set[str]]:
    """Each held event's topics, keyed by its type."""
    out: dict[str, set[str]] = {}
    for e in extract_document(DocumentRecord(id="t", text=text, lang=lang, published=published)):
        if not e.mentioned:
            out.setdefault(str(e.type), set()).update(str(c.topic) for c in e.commitments)
    return out


def test_under_the_accord_is_the_accords() -> None:
    text = ("London, 22 November 2023. Prime Minister Rishi Sunak held talks with President Yoon Suk Yeol at Downing "
            "Street today. The two leaders discussed the war in Ukraine. They signed the Downing Street Accord. "
            "Under the Accord, the two countries will launch a Strategic Cyber Partnership to counter malicious "
            "cyber activity.")
    topics = _topics(text, "2023-11-22", "en")
    assert "cybersecurity" in topics.get("agreement", set())
    assert "cybersecurity" not in topics.get("dialogue", set())


def test_the_memorandum_will_is_the_memorandums() -> None:
    text = ("Ulaanbaatar, 15 February 2023. Korea's Minister of Trade, Industry and Energy Lee Chang-yang met "
            "Mongolia's Minister of Mining and Heavy Industry Jadamba Ganbaatar on Wednesday. The two ministers "
            "reviewed trade between their countries. They signed a memorandum of understanding on rare metals. The "
            "memorandum will set up a joint centre to secure supply chains for rare earth elements.")
    topics = _topics(text, "2023-02-16", "en")
    assert topics.get("agreement", set()) & {"critical_minerals", "supply_chain"}
    assert not topics.get("dialogue", set()) & {"critical_minerals", "supply_chain"}


def test_korean_this_agreement_is_the_agreements() -> None:
    text = ("윤석열 대통령은 29일 서울 용산 대통령실에서 무함마드 빈 자이드 알 나흐얀 아랍에미리트(UAE) 대통령과 "
            "정상회담을 가졌다. 양 정상은 한반도 정세에 대해 의견을 나눴다. 양국은 이날 한-UAE 포괄적경제동반자협정"
            "(CEPA)에 서명했다. 이번 협정에 따라 양국은 원전과 수소 등 에너지 분야 협력을 확대하기로 했다.")
    topics = _topics(text, "2024-05-30", "ko")
    assert "energy" in topics.get("agreement", set())
    assert "energy" not in topics.get("dialogue", set())


def test_korean_this_memorandum_is_the_memorandums() -> None:
    text = ("안덕근 산업통상자원부 장관은 23일 바르샤바에서 폴란드 기후환경부 장관과 산업장관 회담을 개최했다. 양 장관은 "
            "양국 교역 동향을 점검했다. 양측은 이날 수소경제 협력에 관한 양해각서(MOU)에 서명했다. 이번 양해각서에 따라 "
            "양국은 수소 생산과 저장 기술 공동연구를 추진하기로 했다.")
    topics = _topics(text, "2024-04-24", "ko")
    assert "energy" in topics.get("agreement", set()) or "hydrogen" in topics.get("agreement", set())
    assert not topics.get("dialogue", set()) & {"energy", "hydrogen"}
