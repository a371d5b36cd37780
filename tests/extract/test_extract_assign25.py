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
    text = ("안덕근 산업통상자원부 장관은 23일 바르샤바에서 폴란드 기후환경부 장관과 산업장관 회담을 "
            "개최했다. 양 장관은 양국 교역 동향을 점검했다. 양측은 이날 수소경제 협력에 관한 양해각서(MOU)에 서명했다. "
            "이번 양해각서에 따라 양국은 수소 생산과 저장 기술 공동연구를 추진하기로 했다.")
    topics = _topics(text, "2024-04-24", "ko")
    assert "energy" in topics.get("agreement", set()) or "hydrogen" in topics.get("agreement", set())
    assert not topics.get("dialogue", set()) & {"energy", "hydrogen"}


def test_under_the_partnership_named_by_its_type_head_is_the_launchs() -> None:
    text = ("New York, September 20, 2023. President Biden met with President Lula of Brazil on the margins of the UN "
            "General Assembly. The two leaders discussed the situation in Haiti. Following their meeting, the leaders "
            "launched the U.S.-Brazil Partnership for Workers' Rights. Labor Secretary Julie Su joined the leaders "
            "for the launch. Under the Partnership, the two governments will combat forced labor in supply chains.")
    topics = _topics(text, "2023-09-21", "en")
    assert "supply_chain" in topics.get("launch", set())
    assert "supply_chain" not in topics.get("dialogue", set())


def test_the_items_of_a_list_led_by_an_agreements_sentence_are_the_agreements() -> None:
    text = ("Washington, October 19, 2020. Secretary of Energy Dan Brouillette met Poland's Piotr Naimski by video "
            "conference. The two officials discussed regional security. They signed an Intergovernmental Agreement on "
            "Poland's civil nuclear power program. Under the Agreement, the two countries will:\n"
            "- prepare a design for Poland's first nuclear power plants;\n"
            "- help U.S. and Polish companies build supply chains for the program.\n")
    topics = _topics(text, "2020-10-20", "en")
    assert "supply_chain" in topics.get("agreement", set())
    assert "supply_chain" not in topics.get("dialogue", set())


def test_bullet_items_under_an_accords_lead_are_the_accords() -> None:
    text = ("London, 22 November 2023. Prime Minister Rishi Sunak held talks with President Yoon Suk Yeol in Downing "
            "Street. The two leaders discussed the war in Ukraine. They signed the Downing Street Accord. Through the "
            "Accord, the two countries agreed to:\n"
            "• hold an annual strategic dialogue between their foreign ministers;\n"
            "• establish a Strategic Cyber Partnership to counter malicious cyber activity.\n")
    topics = _topics(text, "2023-11-23", "en")
    assert "cybersecurity" in topics.get("agreement", set())
    assert "cybersecurity" not in topics.get("dialogue", set())


def test_a_pronoun_after_the_agreements_own_sentence_goes_on_with_it() -> None:
    text = ("Tunis, 16 July 2023. Commission President Ursula von der Leyen met President Kais Saied of Tunisia. The "
            "leaders discussed the situation in the Mediterranean. In their presence, the two sides signed a "
            "Memorandum of Understanding on a strategic and comprehensive partnership. It commits the two sides to "
            "cooperate on renewable energy and green hydrogen.")
    topics = _topics(text, "2023-07-17", "en")
    assert "energy" in topics.get("agreement", set())
    assert "energy" not in topics.get("dialogue", set())


def test_under_its_terms_after_the_agreements_own_sentence_is_its() -> None:
    text = ("Washington, October 19, 2020. Secretary of Energy Dan Brouillette met Poland's Piotr Naimski by video "
            "conference. The two officials discussed regional security. Secretary Brouillette signed the "
            "Intergovernmental Agreement on Poland's civil nuclear power program. Under its terms, the two "
            "countries will cooperate on building supply chains for new reactors.")
    topics = _topics(text, "2020-10-20", "en")
    assert "supply_chain" in topics.get("agreement", set())
    assert "supply_chain" not in topics.get("dialogue", set())
