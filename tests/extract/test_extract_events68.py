"""Round 68: Korean economic ministries. Sentences written for these tests (real public facts or plausible ones, our
own wording; none from the corpus), each failing before its rule (at 2478f4bd) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published", "person"), [
    ("□ 환경부는 12.13.(금) 코펜하겐에서 「제9차 한-덴마크 녹색성장동맹 회의」를 열고 순환경제 협력 방안을 "
     "논의하였다.\n□ 조 장관은 같은 날 오후 덴마크 환경부에서 레아 베르멜린 환경장관과 양자회담을 갖고 "
     "플라스틱 감축 협력을 논의하였다.", "2019-12-14", "레아 베르멜린"),
    ("□ 산업부는 5.15.(수) 산티아고에서 「제5차 한-칠레 자원협력위원회」를 개최하였다.\n□ 이 실장은 같은 날 오후 "
     "칠레 광업부에서 오로라 윌리엄스 광업부 장관과 양자 면담을 갖고 리튬 협력을 논의하였다.", "2024-05-16",
     "오로라 윌리엄스"),
])
def test_a_bilateral_later_that_day_is_its_own(text: str, published: str, person: str) -> None:
    """`같은 날 오후 X 장관과 양자회담을 갖고` after the day's named meeting: the bilateral is a meeting of its own."""
    events = [e for e in held(text, "ko", published) if e.type == "dialogue"]
    assert len(events) == 2 and sum(person in {d.name for d in e.delegates} for e in events) == 1


@pytest.mark.parametrize(("text", "published", "person"), [
    ("Riyadh, January 05, 2022, SPA -- Energy Minister Prince Abdulaziz bin Salman received in Riyadh today Moon "
     "Sung-wook, Minister of Trade, Industry and Energy of the Republic of Korea.", "2022-01-05", "Moon Sung-wook"),
    ("NAIROBI, May 6 -- President William Ruto received at State House today Cho Tae-yul, Minister of Foreign Affairs "
     "of the Republic of Korea.", "2024-05-06", "Cho Tae-yul"),
])
def test_a_visitor_received_named_before_the_office(text: str, published: str, person: str) -> None:
    """`received in Riyadh today X, Minister of …`: after the place and the day, a name with the office in apposition
    is the visitor received, a meeting."""
    events = held(text, "en", published)
    assert len(events) == 1 and person in {d.name for d in events[0].delegates}
