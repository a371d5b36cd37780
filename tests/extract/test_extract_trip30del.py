"""Round 29b, delegates of long trip reports: a Chinese surname in its Chinese reading with a title (`시 주석은`,
`리 총리는`) is the Chinese official the text named in full with that title before (`시진핑 중국 국가주석`), the
way Korean reports name a Chinese leader after the first time; the meeting's side is then China, not the
publisher's. Sentences written for these tests (none from the corpus)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _on(events: list[EventRecord], day: str) -> EventRecord:
    found = [e for e in events if str(e.date) == day and e.type == "dialogue"]
    assert len(found) == 1, [(e.type, e.date, e.participants) for e in events]
    return found[0]


def _sides(e: EventRecord) -> set[tuple[str, str | None]]:
    return {(d.name, d.country) for d in e.delegates}


def test_li_qiang_short_form() -> None:
    text = ("리창 중국 총리가 7년 만에 중국 총리로서 호주를 방문했다. 리 총리는 17일 캔버라 국회의사당에서 "
            "앤서니 앨버니지 호주 총리와 회담하고 양국 간 교역과 인적 교류를 넓히기로 했다.")
    e = _on(_held(text, "ko", "2024-06-18"), "2024-06-17")
    assert set(e.participants) == {"CHN", "AUS"}
    assert ("리창", "CHN") in _sides(e)


def test_xi_jinping_short_form_on_a_trip() -> None:
    text = ("상하이협력기구(SCO) 정상회의 참석차 중앙아시아를 찾은 시진핑 중국 국가주석이 카자흐스탄과 "
            "타지키스탄을 차례로 국빈 방문했다. 시 주석은 5일 두샨베에서 에모말리 라흐몬 타지키스탄 대통령과 "
            "정상회담을 하고 양국 관계를 한층 끌어올리기로 했다.")
    e = _on(_held(text, "ko", "2024-07-06"), "2024-07-05")
    assert set(e.participants) == {"CHN", "TJK"}
    assert ("시진핑", "CHN") in _sides(e)


def test_zhao_leji_short_form() -> None:
    text = ("동방경제포럼에 참석하려고 러시아를 찾은 자오러지 중국 전국인민대표대회 상무위원장이 6일 "
            "블라디보스토크에 도착했다. 자오 위원장은 7일 블라디미르 푸틴 러시아 대통령과 회담하고 양국의 "
            "에너지 협력을 넓히기로 했다.")
    e = _on(_held(text, "ko", "2022-09-08"), "2022-09-07")
    assert set(e.participants) == {"CHN", "RUS"}
    assert ("자오러지", "CHN") in _sides(e)
