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


# An alliance's deterrence and response capabilities (`억지력과 대처력`, the Korean rendering of Japanese 抑止力・対処力)
# and the forces and force posture of an alliance are defence; `maritime forces` are armed forces, not maritime security.
def test_deterrence_and_forces_are_defense() -> None:
    text = ("기시다 후미오 일본 총리는 2023년 1월 13일 워싱턴에서 바이든 미국 대통령과 정상회담을 가졌다. "
            "양 정상은 미일동맹의 억지력을 더욱 높이기로 했다.")
    assert _topics(text, "ko", "2023-01-14") == {"defense"}
    text = ("일본과 호주 국방장관은 2022년 12월 9일 도쿄에서 회담을 갖고 지역 억지력과 대처력을 함께 "
            "강화해 나가기로 했다.")
    assert _topics(text, "ko", "2022-12-10") == {"defense"}
    text = ("Australian and U.S. ministers met in Brisbane on July 29, 2023. The ministers agreed to expand the "
            "rotational presence of U.S. maritime forces in northern Australia.")
    assert _topics(text, "en", "2023-07-30") == {"defense"}
    text = ("The defence ministers of Japan and the Philippines met in Manila on November 4, 2023 and agreed to "
            "review their force posture in the region.")
    assert _topics(text, "en", "2023-11-05") == {"defense"}


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
