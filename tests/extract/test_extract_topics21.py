"""Round 20, commitment topics (topics21): inter-Korean and US-DPRK talks, sectors named by recurring field terms,
meetings every second year, the scope of a Korean field phrase and Korean list items joined by a middle dot
(records.md rule 10, 11); each rule on sentences written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# Inter-Korean talks (`남북 고위급회담`, `inter-Korean`) and talks between the United States and North Korea (`북미
# 정상회담`, `the U.S.-DPRK summit`) are about North Korea; a hyphenated compound is its own English keyword (`North
# Korea` does not match inside `North Korea-U.S.`), and bare `북미` stays North America (`북미 공급망`).
def test_inter_korean_and_us_dprk_talks_are_north_korea() -> None:
    text = ("문재인 대통령은 2018년 3월 8일 청와대에서 정의용 특사단의 방북 결과를 보고받은 뒤 스웨덴 총리와 "
            "정상회담을 가졌다. 양 정상은 남북 정상회담의 성공적 개최를 위해 긴밀히 협력하기로 했다.")
    assert _topics(text, "ko", "2018-03-09") == {"north_korea"}
    text = ("문재인 대통령은 2019년 2월 19일 트럼프 미국 대통령과 전화통화를 했다. 양 정상은 하노이 북미 "
            "정상회담이 성과를 거둘 수 있도록 공조해 나가기로 했다.")
    assert _topics(text, "ko", "2019-02-20") == {"north_korea"}
    text = ("President Moon Jae-in and Swedish Prime Minister Stefan Lofven held talks in Seoul on December 14, "
            "2019. The two leaders agreed to work together so that the stalled U.S.-DPRK negotiations resume.")
    assert _topics(text, "en", "2019-12-15") == {"north_korea"}
    text = ("The foreign ministers of Korea and Finland met in Helsinki on June 11, 2019 and agreed to support "
            "inter-Korean dialogue.")
    assert _topics(text, "en", "2019-06-12") == {"north_korea"}


# Recurring field terms: `신산업` (new industries) is emerging technology, `원자재` (raw materials, as English `raw
# materials`) critical minerals; `economic development` and the least developed countries are development, as is
# Korean `개발` as a bare item of a list of fields (`경제, 에너지, 개발 등`) and `개발 분야`.
def test_field_terms() -> None:
    text = ("윤석열 대통령은 2023년 6월 8일 서울에서 베트남 국가주석과 정상회담을 가졌다. 양 정상은 "
            "신산업 협력을 위한 공동 위원회를 설치하기로 했다.")
    assert _topics(text, "ko", "2023-06-09") == {"emerging_tech"}
    text = ("산업부 장관은 2024년 4월 3일 아스타나에서 카자흐스탄 산업건설부 장관과 회담을 가졌다. 양 장관은 "
            "원자재 분야 협력을 확대하기로 했다.")
    assert _topics(text, "ko", "2024-04-04") == {"critical_minerals"}
    text = ("The foreign ministers of Japan and Papua New Guinea met in Tokyo on May 9, 2024. They agreed to "
            "support the economic development of the Pacific Islands.")
    assert _topics(text, "en", "2024-05-10") == {"development"}
    text = ("외교부 제2차관은 2024년 9월 2일 울란바토르에서 몽골 외교차관과 정책협의회를 개최하였다. 양측은 "
            "무역, 개발 등 다양한 분야에서 협력을 강화해 나가기로 하였다.")
    assert _topics(text, "ko", "2024-09-03") == {"trade", "development"}


# Meetings held every second year are held regularly (records.md rule 11): an `other` commitment beside the topics
# of what meets.
def test_meetings_every_two_years_are_regular() -> None:
    text = ("Energy ministers of Australia and Indonesia met in Jakarta on June 6, 2022. They agreed to hold "
            "their clean energy dialogue every two years.")
    assert _topics(text, "en", "2022-06-07") == {"energy", "other"}
    text = ("한·중앙아시아 외교장관들은 2023년 12월 6일 부산에서 회의를 가졌다. 장관들은 핵심광물 대화를 "
            "격년으로 개최하기로 합의했다.")
    assert _topics(text, "ko", "2023-12-07") == {"critical_minerals", "other"}
    text = ("한·중앙아시아 외교장관들은 2023년 12월 6일 부산에서 회의를 가졌다. 장관들은 보건 협의체 회의를 "
            "2년마다 열기로 합의했다.")
    assert _topics(text, "ko", "2023-12-07") == {"health", "other"}


# `X 분야의 …`: the field word decides only the words of its own predicate; a predicate after `-하는 한편` or a
# connective ending names its own topics (`무역 분야의 협정을 추진하는 한편 에너지 협력을 강화하기로`).
def test_korean_field_phrase_ends_with_its_predicate() -> None:
    text = ("독일 총리와 중앙아시아 5개국 정상은 2023년 9월 29일 베를린에서 첫 정상회의를 가졌다. 정상들은 "
            "무역 분야의 협정을 추진하는 한편 수소 협력을 강화하기로 했다.")
    assert _topics(text, "ko", "2023-09-30") == {"trade", "energy"}
    text = ("한덕수 총리는 2023년 5월 4일 서울에서 체코 총리와 회담하였다. 양측은 원전 분야의 인력 양성을 "
            "추진하고 기후변화 대응에 협력하기로 하였다.")
    assert _topics(text, "ko", "2023-05-05") == {"energy", "climate"}


# A middle dot joins the items of a Korean list of fields as a comma does (`조선·보건·교육 분야`, `기후변화·고령화
# 등`): a bare field item with no topic of its own is `other` beside the topics named (not `외교·안보`, a fixed pair).
def test_korean_middle_dot_joins_field_items() -> None:
    text = ("윤석열 대통령은 2024년 6월 4일 서울에서 탄자니아 대통령과 정상회담을 가졌다. 양 정상은 "
            "보건·교육 분야로 협력을 확대하기로 했다.")
    assert _topics(text, "ko", "2024-06-05") == {"health", "other"}
    text = ("외교부 장관은 2023년 11월 20일 도쿄에서 일본 외무상과 회담하였다. 양 장관은 기후변화·고령화 등 "
            "공통 과제에 대해 협력해 나가기로 하였다.")
    assert _topics(text, "ko", "2023-11-21") == {"climate", "other"}


# Services and investment negotiated as chapters of a trade agreement (`FTA 서비스·투자 후속 협상`, `negotiations on
# services and investment under their FTA`) are trade's, not investment's; the clean economy (IPEF's pillar,
# `청정경제`) is clean energy, not climate; a business or investment climate is no climate.
def test_trade_chapters_clean_economy_and_business_climate() -> None:
    text = ("산업부 통상교섭본부장은 2024년 3월 12일 베이징에서 중국 상무부 부장과 회담하였다. 양측은 한중 FTA "
            "서비스·투자 후속 협상에 속도를 내기로 하였다.")
    assert _topics(text, "ko", "2024-03-13") == {"trade"}
    text = ("Trade ministers of Korea and Peru met in Lima on November 14, 2024. They agreed to open talks on "
            "services and investment under their free trade agreement.")
    assert _topics(text, "en", "2024-11-15") == {"trade"}
    text = ("IPEF ministers met in Singapore on June 6, 2024. They agreed to bring the clean economy agreement "
            "into force quickly.")
    assert _topics(text, "en", "2024-06-07") == {"energy"}
    text = ("The foreign ministers of Chile and Korea met in Santiago on April 2, 2024. They agreed to improve "
            "the business climate for small firms.")
    assert _topics(text, "en", "2024-04-03") == {"other"}


# Military cooperation in a clause naming North Korea is North Korea's question, not the parties' defence
# cooperation (`북한과 러시아 간 군사협력`, `Russia-North Korea military cooperation`); the parties' own stays defence.
def test_north_korean_military_cooperation_is_north_korea() -> None:
    text = ("조태열 외교부 장관은 2024년 7월 10일 워싱턴에서 핀란드 외교장관과 회담하였다. 양 장관은 북한과 러시아 "
            "간 군사협력에 공동 대응해 나가기로 하였다.")
    assert _topics(text, "ko", "2024-07-11") == {"north_korea"}
    text = ("The foreign ministers of Korea and Poland met in Warsaw on October 2, 2024. They agreed to respond "
            "together to Russia-North Korea military cooperation.")
    assert _topics(text, "en", "2024-10-03") == {"north_korea"}
    text = ("The defence ministers of Korea and Poland met in Seoul on October 2, 2024. They agreed to deepen "
            "military cooperation.")
    assert _topics(text, "en", "2024-10-03") == {"defense"}
