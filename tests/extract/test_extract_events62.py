"""Round 62: multilateral meetings and the meetings on their margins. Sentences written for these tests (real public
facts or plausible ones, our own wording; none from the corpus), each failing before its rule (at cbfea79f) unless
marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published", "absent"), [
    ("이 대통령은 이날 카를로스 모이세스 두테르테 필리핀 대통령과 회담을 갖고 북러 간 불법 군사협력에 대한 우려를 "
     "공유하였습니다.", "2025-10-28", {"PRK", "RUS"}),
    ("조 장관은 10일 오후 파리에서 장노엘 바로 프랑스 외교장관과 회담하고 러북 군사협력 대응 방안을 논의하였습니다.",
     "2024-12-11", {"PRK", "RUS"}),
])
def test_two_others_dealings_are_the_topic_not_the_parties(text: str, published: str, absent: set[str]) -> None:
    """`러북 간 불법 군사협력`, `북러 밀착`: a compound of two other countries before their dealings is what the
    parties discussed, not who met."""
    found = held(text, "ko", published)
    assert found and all(not absent & set(e.participants) for e in found)


@pytest.mark.parametrize(("text", "published", "person"), [
    ("On 9 May, Minister Wong held talks with the Rt Hon Lord Cameron of Chipping Norton, Secretary of State for "
     "Foreign, Commonwealth and Development Affairs, in London.", "2024-05-10", "Lord Cameron"),
    ("On 14 March, Minister Joly held a meeting with the Rt Hon Lord Cameron of Chipping Norton, Secretary of State "
     "for Foreign, Commonwealth and Development Affairs of the United Kingdom.", "2024-03-15", "Lord Cameron"),
])
def test_a_peerages_place_is_no_person(text: str, published: str, person: str) -> None:
    """`Lord Cameron of Chipping Norton`: the peer's territorial designation after `of` is no second person."""
    names = [d.name for e in held(text, "en", published) for d in e.delegates]
    assert any(n.startswith(person) for n in names) and "Chipping Norton" not in names


@pytest.mark.parametrize(("text", "published", "met"), [
    ("대통령실은 이재명 대통령이 11.23.(일) 요하네스버그에서 프랑스 정상과 양자 정상회담을 가졌다고 밝혔습니다.\n\n"
     "1. 한-프랑스 정상회담\n ㅇ 이 대통령은 에마뉘엘 마크롱 프랑스 대통령과 취임 후 첫 정상회담을 갖고, "
     "지난 6월 캐나다에서 만난 이후 5개월 만에 다시 만나게 되어 반갑다고 인사하였습니다.", "2025-11-24",
     "에마뉘엘 마크롱"),
    ("외교부는 조태열 장관이 5.14.(수) 브뤼셀에서 EU 측과 회담을 가졌다고 밝혔습니다.\n\n1. 한-EU 외교장관회담\n"
     " ㅇ 조 장관은 카야 칼라스 EU 외교안보정책 고위대표와 첫 회담을 갖고, "
     "지난해 9월 뉴욕에서 만난 이후 8개월 만에 다시 만나게 되어 반갑다고 하였습니다.", "2025-05-15", "카야 칼라스"),
])
def test_a_past_date_after_the_clause_is_the_next_clauses(text: str, published: str, met: str) -> None:
    """`X와 정상회담을 갖고, 지난 6월 … 만난 이후 …`: a past date after the meeting's clause has closed (a
    connective and a comma) is the next clause's; the meeting is held on its own day, with its people."""
    assert any(met in [d.name for d in e.delegates] for e in held(text, "ko", published))


@pytest.mark.parametrize(("text", "published"), [
    ("메르츠 총리는 양국이 이미 강력한 파트너십을 구축하고 있다고 평가하였다.", "2025-11-23"),
    ("양국 장관은 양국이 이미 긴밀한 공급망 협의체를 구축하고 있다고 평가하였다.", "2024-06-12"),
])
def test_a_launch_verb_going_on_is_no_launch(text: str, published: str) -> None:
    """`파트너십을 구축하고 있다`: the progressive tells a state going on, not a body begun."""
    assert not [e for e in held(text, "ko", published) if e.type == "launch"]
