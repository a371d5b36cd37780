"""Round 10 (second part) of issue 16, event recall: meetings and signings stated in ways the grammars did not
read (a reception or a trip `for` a meeting, a joint fact sheet released); each rule on sentences written for
these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _of(events: list[EventRecord], etype: str) -> list[EventRecord]:
    return [e for e in events if e.type == etype]


# `welcomed X … for our annual leaders' meeting`, `… to Lima for the inaugural A-B Trade (2+2) Ministerial
# Dialogue`: the meeting a host receives a visitor for, with modifiers and name words before its head.
def test_welcomed_for_a_meeting_with_modifiers() -> None:
    text = ("Today in Wellington I welcomed the President of Chile, His Excellency Rafael Soto, for our annual "
            "leaders' meeting, after the APEC summit in Lima.")
    held = _of(_held(text, "en", "2025-03-05"), "dialogue")
    assert [e.date for e in held] == ["2025-03-05"]
    text = ("Yesterday, the Honourable Jane Doe, Minister of Trade, welcomed her Indonesian counterpart, His "
            "Excellency Budi Santoso, Minister of Trade, to Wellington for the inaugural New Zealand-Indonesia "
            "Trade and Investment (2+2) Ministerial Dialogue.")
    held = _of(_held(text, "en", "2025-03-05"), "dialogue")
    assert len(held) == 1 and held[0].date == "2025-03-04" and held[0].ordinal == 1


# `traveled to Ottawa today for the second meeting of the X Dialogue`: a delegation's trip for a meeting.
def test_travelled_for_a_meeting() -> None:
    text = ("The Secretary of State and the Attorney General traveled to Ottawa today for the second meeting of the "
            "U.S.-Canada Border Security Dialogue.")
    held = _of(_held(text, "en", "2025-03-05"), "dialogue")
    assert len(held) == 1 and held[0].name == "second meeting of the U.S.-Canada Border Security Dialogue"
    text = "On Thursday the finance ministers of Chile and Peru flew to Quito for a trilateral ministerial meeting."
    held = _of(_held(text, "en", "2025-03-08"), "dialogue")
    assert [e.date for e in held] == ["2025-03-06"]


# `공동으로 발표한 Joint Fact Sheet`, `공동 설명자료를 발표했다`: a joint fact sheet released is a statement (a
# ministry's own `설명자료` answering the press is not).
def test_joint_fact_sheet_is_a_statement() -> None:
    text = "※ 이 자료는 3.4.(화) 한-칠레 양국 정부가 공동으로 발표한 Joint Fact Sheet의 국문 번역본입니다."
    held = _of(_held(text, "ko", "2025-03-07"), "statement")
    assert [e.date for e in held] == ["2025-03-04"]
    text = "양국 외교부는 5일 장관 회담의 성과를 정리한 공동 설명자료를 발표했다."
    assert [e.date for e in _of(_held(text, "ko", "2025-03-07"), "statement")] == ["2025-03-05"]
    text = "산업부는 6일 언론 보도에 대한 설명자료를 발표했다."
    assert _of(_held(text, "ko", "2025-03-07"), "statement") == []
