"""kospeed20: mechanics that must not change what is found (issue 13). Each faster form is checked against the
form it replaced on sentences written for these tests."""
from __future__ import annotations

import re
from datetime import date

from extract.build import _MEETING_OF
from extract.commitments import REGULAR, says_regular, topics_in, topics_of
from extract.lang import grammar_for
from extract.lang.ko.events import _meal
from extract.view import View

SENTENCES = [
    "양국 외교장관은 이날 서울에서 회담을 갖고 공급망 협력을 논의했다.",
    "두 정상은 정상회의를 열고 기후변화 대응 방안을 협의했다.",
    "양측은 외교·국방(2+2) 회의를 정례화하기로 합의했다.",
    "한미 양국은 고위급 경제대화를 2년마다 개최하기로 했다.",
    "장관은 오찬을 함께하며 반도체 분야 협력을 당부했다.",
    "회의를 한 뒤 양측은 공동성명을 채택했다.",
    "통화를 했다고 외교부가 밝혔다.",
    "차관은 협의를  한 다음 귀국했다.",
    "이번 회의에는 12개국 대표가 자리했다.",
    "The ministers agreed to hold the dialogue annually and to regularize senior officials' meetings.",
    "They will meet every two years, alternating between the two capitals.",
    "The talks were biennial until 2019.",
    "비핵화를 위한 공조를 지속해 나가기로 했다.",
    "",
]

# The attendance alternation as it was written before (a group and a class among its alternatives).
_OLD_ATTENDANCE = re.compile(
    r"참석|주재|서명|체결|임석|수석대표|대표로|참석자|참여|회담|개최|만나|만났|만난|면담|"
    r"예방|접견|회동|지켜봤|지켜보았|이끌|열었|가졌|"
    r"갖고|배석|(?:회의|회담|통화|협의|대화)를\s*(?:하|한|했|진행)|통화(?:했|하였|하고|하며)|통화한\s*(?:뒤|후|다음|직후)|함께하|함께했|환담|"
    r"[을를]\s*열(?:고|어|며)\s|"
    r"공동\s?의장|의장을 맡|개회사|모두발언|자리했|자리하였|동석|"
    r"마주\s*앉|(?:통화|회담)에서\s.*(?:뜻을|의견을)\s*(?:모았|같이했)|"
    r"(?:과|와)는\s[^.\n]*?(?:논의|협의|교환|공감|같이)(?:하였|했|하고|하며)|"
    r"(?:서를|\)를|정을|MOU를)\s*교환")


def _span(m: re.Match[str] | None) -> tuple[int, int, str] | None:
    return (m.start(), m.end(), m.group()) if m else None


def test_attendance_alternation_finds_what_it_found() -> None:
    new = grammar_for("ko").attendance
    pieces = [*SENTENCES, "정상회의를 열고 ", "회의를 열어 ", "협의를했다", "대화를 진행했다", "회의를진행",
              "통화에서 협력 뜻을 모았다", "회담에서 의견을 같이했다", "마주 앉아", "통화한 직후", "를 열며 ",
              "양해각서(MOU)를 교환했다", "협정을 교환", "MOU를교환", "의견을 교환했다"]
    for s in pieces:
        assert _span(new.search(s)) == _span(_OLD_ATTENDANCE.search(s)), s
        for i in range(len(s)):  # every place, every suffix: the same first match
            assert _span(new.search(s, i)) == _span(_OLD_ATTENDANCE.search(s, i)), (s, i)


def test_says_regular_is_regular_search() -> None:
    pieces = [*SENTENCES, "매년 개최", "격년으로", "3년마다", "정기적으로 개최한다", "every other year",
              "every 5 years"]
    for s in pieces:
        assert says_regular(s) is bool(REGULAR.search(s)), s
    assert says_regular("회의를 정례화하기로") and not says_regular("회의를 열기로")


def test_meal_is_the_anchored_pattern() -> None:
    old = re.compile(r"(?:오찬|만찬|조찬)$")
    for name in ["국빈만찬", "업무오찬", "조찬\n", "만찬\n\n", "만찬 ", "오찬회", "", "\n", "찬", "정상회담"]:
        assert _meal(name) is bool(old.search(name)), repr(name)


def test_meeting_of_match_is_the_sub() -> None:
    for name in ["the meeting of the G20 Foreign Ministers", "Session of the Joint Committee", "round of the talks",
                 "Meeting of the the Board", "Quad Leaders' Summit", "the round of the round of the X", ""]:
        m = _MEETING_OF.match(name)
        assert (name[m.end():] if m else name) == _MEETING_OF.sub("", name), name


def test_topics_of_is_topics_in_once_per_document() -> None:
    view = View("", "ko", date(2024, 6, 30), [], [], [], [])
    for s in SENTENCES[:9]:
        first = topics_of(view, s)
        again = topics_of(view, s)
        assert first == again == topics_in(s, "ko")
        first.append("x")  # a caller's list is its own
        assert topics_of(view, s) == topics_in(s, "ko")
    assert len(view.memo("topics_in")) == 9
