"""Round 30, commitment topics in long multi-event reports (records.md rule 10). (1) What opens on an agreement or a
launch told before it (`Under the agreement, …`, `협정에 따라 양국은 …`, `파트너십에는 … 담겼다`) states that one's
content though the day's meeting was told again after it, and so does the sentence carrying on from it (`They also
agreed …`, `아울러 …`); a bare pronoun (`It also announced …`) moves nothing. Reports written for these tests (real
public facts, our own wording; none from the corpus)."""
from __future__ import annotations

import pytest

from streams.records import EventRecord
from tests.extract.sentences import held as _held


class _Owners:
    """The held events of a text; `owners[opening]`: the types of those holding a commitment quoted from the clause
    opening with those words."""

    def __init__(self, text: str, lang: str, published: str) -> None:
        self.events: list[EventRecord] = _held(text, lang, published)

    def __getitem__(self, opening: str) -> set[str]:
        return {e.type for e in self.events for c in e.commitments if c.text.startswith(opening)}


def _owners(text: str, lang: str, published: str) -> _Owners:
    return _Owners(text, lang, published)


def _on_agreement(text: str, lang: str, published: str, *openings: str) -> None:
    """The commitments quoted from clauses opening with `openings` are the agreement's only."""
    owners = _owners(text, lang, published)
    for opening in openings:
        assert owners[opening] == {"agreement"}, opening


# --- (1) an agreement's content told after the meeting is told again ------------------------------------------

def test_under_the_agreement_after_the_meeting_told_again() -> None:
    text = ("MANILA, July 8 -- Japan and the Philippines signed a Reciprocal Access Agreement on Monday, the two "
            "governments said.\n\n"
            "Foreign Minister Yoko Kamikawa and Philippine Defense Secretary Gilberto Teodoro signed the pact in "
            "Manila after the two countries held their \"2+2\" talks, attended by Defense Minister Minoru Kihara "
            "and Foreign Secretary Enrique Manalo.\n\n"
            "The ministers voiced serious concern over China's actions in the South China Sea during the talks.\n\n"
            "Under the agreement, Japanese and Philippine forces will be able to hold joint training and disaster "
            "relief operations on each other's soil without lengthy approvals. They also agreed that the pact "
            "will take effect after ratification by both legislatures.\n\n"
            "It also announced a new grant of coastal radar systems for the Philippine navy.")
    # (`They also agreed …` carries on from it)
    _on_agreement(text, "en", "2024-07-08", "Under the agreement, Japa", "They also agreed that the")


def test_bare_pronoun_moves_nothing() -> None:
    text = ("WASHINGTON, May 2 -- U.S. Secretary of State Antony Blinken held talks with Foreign Minister "
            "Yoko Kamikawa in Washington on Thursday, and the two ministers signed the Critical Minerals Arrangement "
            "between their governments.\n\n"
            "The ministers also met business leaders at the State Department.\n\n"
            "It will also set up a working group to expand cooperation on critical minerals.")
    owners = _owners(text, "en", "2024-05-03")
    assert "agreement" not in owners["It will also set up a wor"]


def test_bare_korean_head_opens_on_the_agreement() -> None:
    text = ("한국과 필리핀이 자유무역협정(FTA)에 서명했다.\n\n"
            "안덕근 산업통상자원부 통상교섭본부장과 알프레도 파스쿠알 필리핀 통상산업부 장관은 "
            "7일(현지시간) 인도네시아 자카르타에서 한-필리핀 FTA에 서명했다. "
            "두 사람은 서명에 앞서 통상장관회담을 열고 공급망 협력을 강화하기로 했다.\n\n"
            "협정에 따라 필리핀은 한국산 자동차에 매기던 5% 관세를 5년에 걸쳐 없애고, "
            "한국은 필리핀산 바나나에 대한 관세를 단계적으로 철폐하기로 했다.")
    assert _owners(text, "ko", "2023-09-08")["협정에 따라 필리핀은 한국산 자동차에"] == {"agreement"}
    text = ("조태열 외교부 장관과 호세프 보렐 유럽연합(EU) 외교안보 고위대표는 4일 서울에서 "
            "제1차 한-EU 전략대화를 열었다.\n\n"
            "두 사람은 이날 '한-EU 안보·국방 파트너십'에 서명했다. "
            "양측은 전략대화에서 러시아와 북한의 군사협력에 깊은 우려를 표명했다.\n\n"
            "파트너십에는 ▲해양안보 ▲사이버 위협 대응 ▲대테러 ▲비확산 분야 협력 등이 담겼다.")
    assert _owners(text, "ko", "2024-11-05")["파트너십에는 ▲해양안보 ▲사이버 위협"] == {"agreement"}


def test_korean_sentence_carrying_on_from_the_content() -> None:
    text = ("산업통상자원부 안덕근 장관은 6월 20일 서울에서 사우디아라비아 압둘아지즈 빈 살만 에너지부 장관과 "
            "에너지장관회담을 개최하였다.\n\n"
            "ㅇ 양 장관은 회담 직후 「한-사우디 수소 협력 양해각서(MOU)」에 서명하였다.\n\n"
            "ㅇ 양 장관은 회담에서 원유 공급 안정화 방안도 논의하였다.\n\n"
            "ㅇ 동 MOU에 따라 양국은 청정수소 생산 기술의 공동 실증을 추진하기로 하였다.\n\n"
            "ㅇ 아울러 양국 기업이 참여하는 수소 운송 공급망 구축을 지원하기로 하였다.")
    _on_agreement(text, "ko", "2024-06-21", "동 MOU에 따라 양국은 청정수소", "아울러 양국 기업이 참여하는")


# --- (2) a Korean sector word that names its field only as a bare list item --------------------------------------

def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


def test_bulleted_bare_items_name_their_field() -> None:
    text = ("이종호 과학기술정보통신부 장관과 미셸 도넬란 영국 과학혁신기술부 장관은 "
            "2023년 11월 22일 런던에서 회담을 갖고 ▲통신 ▲양자 ▲인공지능 등 3개 분야의 공동연구를 확대하기로 합의했다.")
    assert {"digital", "quantum"} <= _topics(text, "ko", "2023-11-23")


def test_listed_pharma_and_information_technology() -> None:
    text = ("윤석열 대통령과 나렌드라 모디 인도 총리는 2023년 9월 10일 뉴델리에서 정상회담을 갖고 "
            "방산, 제약, 정보기술, 핀테크 분야의 협력을 넓혀 나가기로 했다.")
    assert {"biopharma", "digital"} <= _topics(text, "ko", "2023-09-11")


# --- (3) Korean: what a party has been doing (`-어 왔다`) is the relations' history, not a commitment ----------------

def test_has_been_doing_is_background() -> None:
    from extract.lang import grammar_for

    ko = grammar_for("ko")
    assert ko is not None
    assert ko.background("한국은 그동안 모리타니에 무상원조를 제공하고 어업 역량 강화 사업을 지원해 왔다.")
    assert ko.background("한국과 모리타니는 청정수소와 태양광, 철도 등 분야에서 협력을 넓혀 왔다.")
    assert not ko.background("양국은 수산 분야 협력을 계속 넓혀 나가기로 했다.")


def test_has_been_doing_gives_no_commitment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUT_TOPICS", "both")  # (the classifier reads the clause as one on the base)
    text = ("윤석열 대통령은 2024년 6월 4일 서울에서 모하메드 울드 가즈아니 모리타니 대통령과 정상회담을 갖고 "
            "수산 분야 협력을 강화하기로 했다. 한국과 모리타니는 수산업과 태양광, 항만 등 분야에서 교류를 넓혀 왔다. "
            "한국은 그동안 모리타니에 무상원조를 제공하고 어업 역량 강화 사업을 지원해 왔다.")
    events = _held(text, "ko", "2024-06-05")
    assert [c.text for e in events for c in e.commitments if "왔다" in c.text] == []
