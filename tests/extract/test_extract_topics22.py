"""Round 21, commitment topics (topics22): deterrence and force posture are defence (`억지력`, `대처력`, `force
posture`, `maritime forces`), strategic assets deployed to the peninsula are defence, trading arrangements are trade,
and energy storage beside other energy words is energy (records.md topic list); each rule on sentences written for
these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# An alliance's deterrence and response capabilities (`억지력과 대처력`, the Korean rendering of Japanese
# 抑止力・対処力) and the forces and force posture of an alliance are defence; `maritime forces` are armed forces,
# not maritime security.
def test_deterrence_and_forces_are_defense() -> None:
    text = ("기시다 후미오 일본 총리는 2023년 1월 13일 워싱턴에서 바이든 미국 대통령과 정상회담을 가졌다. "
            "양 정상은 미일동맹의 억지력을 더욱 높이기로 했다.")
    assert _topics(text, "ko", "2023-01-14") == {"defense"}
    text = ("기시다 후미오 일본 총리는 2022년 10월 22일 퍼스에서 앨버니지 호주 총리와 정상회담을 갖고 "
            "지역의 억지력과 대처력을 함께 강화해 나가기로 했다.")
    assert _topics(text, "ko", "2022-10-23") == {"defense"}
    text = ("Australian and U.S. ministers met in Brisbane on July 29, 2023. The ministers agreed to expand the "
            "rotational presence of U.S. maritime forces in northern Australia.")
    assert _topics(text, "en", "2023-07-30") == {"defense"}
    text = ("Prime Minister Fumio Kishida met President Ferdinand Marcos Jr. in Manila on November 3, 2023. The "
            "two leaders agreed to review their force posture in the region.")
    assert _topics(text, "en", "2023-11-04") == {"defense"}


# US strategic assets deployed to the Korean Peninsula (`한반도에 전개`) are defence, not North Korea's: the
# peninsula is where they go.
def test_strategic_assets_deployed_to_the_peninsula() -> None:
    text = ("이종섭 국방부 장관과 오스틴 미국 국방장관은 2022년 11월 3일 워싱턴에서 회담을 갖고 미 전략자산을 "
            "적시에 한반도에 전개하기로 했다.")
    assert _topics(text, "ko", "2022-11-04") == {"defense"}
    text = ("신원식 국방부 장관은 2023년 11월 13일 서울에서 오스틴 미국 국방장관과 회담을 갖고 "
            "미국 전략폭격기의 정례적인 한반도 전개를 이어가기로 했다.")
    assert _topics(text, "ko", "2023-11-14") == {"defense"}


# Trading arrangements and a trading relationship are trade.
def test_trading_arrangements_are_trade() -> None:
    text = ("Foreign Secretary Liz Truss met Japanese Foreign Minister Motegi Toshimitsu in London on September 11, "
            "2020. The two ministers agreed to keep the trading arrangements between the two countries in place.")
    assert _topics(text, "en", "2020-09-12") == {"trade"}
    text = ("Prime Minister Rishi Sunak held talks with Prime Minister Narendra Modi in New Delhi on September 10, "
            "2023. The two leaders agreed to deepen their trading relationship.")
    assert _topics(text, "en", "2023-09-11") == {"trade"}


# Energy storage beside other energy words (`solar and wind power and energy storage`, `재생에너지와 ESS`) is the
# energy system's storage: energy's, not batteries'.
def test_energy_storage_beside_energy_is_energy() -> None:
    text = ("Prime Minister Anthony Albanese met Indonesian President Joko Widodo in Jakarta on June 6, 2022. The two "
            "leaders agreed to cooperate on solar power, green hydrogen and energy storage.")
    assert _topics(text, "en", "2022-06-07") == {"energy"}
    text = ("윤석열 대통령은 2023년 9월 7일 자카르타에서 조코 위도도 인도네시아 대통령과 정상회담을 갖고 "
            "태양광과 ESS 분야 협력을 확대하기로 했다.")
    assert _topics(text, "ko", "2023-09-08") == {"energy"}


# `경제연계협정` (the Korean rendering of Japan's economic partnership agreements, 経済連携協定) is trade, as
# `경제동반자협정` is: in a clause, and as the name a topicless clause about the agreement falls back to.
def test_economic_partnership_agreement_korean_rendering_is_trade() -> None:
    text = ("아베 신조 일본 총리는 2018년 7월 17일 도쿄에서 투스크 EU 상임의장과 정상회의를 가졌다. 양측은 "
            "일-EU 경제연계협정이 조기에 발효되도록 협력하기로 했다.")
    assert _topics(text, "ko", "2018-07-18") == {"trade"}
    text = ("일본과 영국은 2020년 10월 23일 도쿄에서 일영 포괄적 경제연계협정(EPA)에 서명했다. 양국은 "
            "협정이 내년 초 발효될 수 있도록 필요한 국내 절차를 서두르기로 했다.")
    assert _topics(text, "ko", "2020-10-24") == {"trade"}
