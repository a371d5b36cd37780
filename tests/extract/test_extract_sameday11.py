"""Round 10 of issue 16, events merged into another event of the same day: rules that tell two same-day events
apart; each rule on sentences written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _of(events: list[EventRecord], kind: str) -> list[EventRecord]:
    return [e for e in events if e.type == kind]


# `A 양해각서를 갱신하였고, B 양해각서를 체결하였다`: renewing a signed document signs it again, so a renewed
# MOU is an agreement of its own beside the one newly signed.
def test_a_renewed_document_is_an_agreement_of_its_own() -> None:
    text = ("이번 위원회를 계기로 한국연구재단과 노르웨이 연구위원회는 극지 연구 협력을 위한 양해각서를 갱신하였고, "
            "한국해양과학기술원과 노르웨이 극지연구소는 해양 관측 자료 공유를 위한 약정을 새로 체결하였다.")
    held = _of(_held(text, "ko", "2025-09-03"), "agreement")
    assert len(held) == 2
    text = ("캐나다 천연자원부 장관과 산업부 장관은 4일 오타와에서 만나 청정수소 협력 양해각서를 갱신하고, "
            "핵심광물 공급망 약정에 서명했다.")
    held = _of(_held(text, "ko", "2025-09-05"), "agreement")
    assert sorted(e.name for e in held) == ["청정수소 협력 양해각서", "핵심광물 공급망 약정"]
    assert {e.date for e in held} == {"2025-09-04"}
