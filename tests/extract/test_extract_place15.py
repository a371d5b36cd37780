"""Round 13 of issue 16 (place15): participants and cities, probed with sentences written for these tests (other
people, places and dates than the tuning sets') over the kinds of error that recur in the tuning sets. Each rule is
a pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _parties(events: list[EventRecord]) -> list[list[str]]:
    return [sorted(e.participants) for e in events]


def _cities(events: list[EventRecord]) -> list[str | None]:
    return [e.location.city for e in events]


# Participants. `한-독일`, `한-인니`: an abbreviation joined to a country written out is that country, not a run of
# abbreviations read from its syllables (독+일 = Germany and Japan, 인 = India).
def test_a_country_written_out_after_an_abbreviation_is_one_party() -> None:
    text = "윤하람 산업통상자원부 차관은 3일 베를린에서 「제7차 한-독일 수소협력위원회」를 개최하였다."
    assert _parties(_held(text, "ko", "2025-04-04")) == [["DEU", "KOR"]]
    text = "문서윤 외교부 차관보는 8일 자카르타에서 「제2차 한-인니 핵심광물 대화」를 공동 주재하였다."
    assert _parties(_held(text, "ko", "2025-07-09")) == [["IDN", "KOR"]]
    text = "양국은 9일 서울에서 「제4차 한·독일 미래기술 포럼」을 개최하였다."
    assert _parties(_held(text, "ko", "2025-05-10")) == [["DEU", "KOR"]]


# City. An event told as the day after or before another of the text (`이튿날인 …`, `위원회에 앞서 …에는`, `the next
# day`), with no place of its own, is where that other event was.
def test_an_event_of_the_next_day_is_where_the_first_day_was() -> None:
    text = ("1. 외교부 경제외교조정관은 4.8.(화) 페루 리마에서 페루 외교부 차관과 "
            "「제6차 한-페루 고위급 정책협의회」를 개최하였습니다.\n"
            "2. 조정관은 이튿날인 4.9.(수) 루시아 멘도사 페루 에너지광업부 장관을 예방하였습니다.")
    assert _cities(_held(text, "ko", "2025-04-10")) == ["Lima", "Lima"]
    text = ("□ 해양수산부는 9.24.(수) 부산에서 노르웨이 수산부와 「제5차 한-노르웨이 수산협력위원회」를 개최하였다고 "
            "밝혔다.\n ○ 위원회에 앞서 9.23.(화)에는 양국 국장급 실무회의를 열어 의제를 조율하였다.")
    assert _cities(_held(text, "ko", "2025-09-25")) == ["Busan", "Busan"]


# City. A Korean ministry's own building (`외교부 청사에서`, `국방부 청사에서`) is in Seoul; one named after another
# country (`중국 외교부 청사`) is that country's.
def test_a_korean_ministrys_building_is_in_seoul() -> None:
    text = ("□ 한가온 외교부 제2차관은 6.12.(목) 오전 외교부 청사에서 방한 중인 아나 실바 포르투갈 외교차관과 "
            "「제3차 한-포르투갈 정책협의회」를 개최하였다.")
    assert _cities(_held(text, "ko", "2025-06-13")) == ["Seoul"]
    text = "□ 서도윤 국방부 차관은 2.5.(수) 국방부 청사에서 방한 중인 폴란드 국방차관과 회담을 가졌다."
    assert _cities(_held(text, "ko", "2025-02-06")) == ["Seoul"]
    text = "□ 서도윤 외교부 차관보는 2.5.(수) 중국 외교부 청사에서 중국 외교부 부장조리와 회담을 가졌다."
    assert _cities(_held(text, "ko", "2025-02-06")) != ["Seoul"]


# City. `울란바타르` is the other common Korean spelling of Ulaanbaatar.
def test_ulaanbaatar_in_its_other_korean_spelling() -> None:
    text = "□ 기획재정부는 8.20.(수) 울란바타르에서 몽골 재무부와 「제4차 한-몽골 경제협력 정책대화」를 개최하였다."
    assert _cities(_held(text, "ko", "2025-08-21")) == ["Ulaanbaatar"]


# Participants. `고이즈미 일본 총리와 통화했다`, `인도네시아 해양안보청과 … 양해각서를 체결`, `talks with
# Kenyan Foreign Minister Mutua`: a meeting or signing held with one foreign party only is also the country of
# the publisher that reports it (Korean releases without a publisher are Korea's).
def test_one_foreign_party_met_is_met_by_the_publishers_country() -> None:
    text = "노무현 대통령은 오늘 저녁 고이즈미 일본 총리와 통화했다."
    assert _parties(_held(text, "ko", "2025-10-09")) == [["JPN", "KOR"]]
    text = "해양경찰청은 5일 인도네시아 해양안보청과 해양치안 협력 양해각서를 체결하였다."
    assert _parties(_held(text, "ko", "2025-10-09")) == [["IDN", "KOR"]]
    text = "Deputy Secretary Lane held talks with Kenyan Foreign Minister Mutua in Nairobi on October 7."
    assert _parties(_held(text, "en", "2025-10-09", "www.state.gov")) == [["KEN", "USA"]]
    text = "Kenyan Foreign Minister Mutua held talks with Tanzanian Foreign Minister Kombo in Nairobi on October 7."
    assert _parties(_held(text, "en", "2025-10-09", "www.state.gov")) == [["KEN", "TZA"]]


# Participants. `나이로비에서 루토 대통령을 예방하였다`: the publisher's side alone, met abroad with one it does not
# name a country for, met its host country.
def test_the_publishers_side_alone_abroad_met_its_host() -> None:
    text = "□ 조민호 외교부 장관은 10.7.(화) 오후 나이로비에서 루토 대통령을 예방하였다."
    assert _parties(_held(text, "ko", "2025-10-09")) == [["KEN", "KOR"]]
    text = "□ 한도윤 산업통상자원부 장관은 10.7.(화) 하노이에서 응우옌 총리를 예방하고 에너지 협력을 논의하였다."
    assert _parties(_held(text, "ko", "2025-10-09")) == [["KOR", "VNM"]]


# Participants. `한-덴마크 경제안보대화`, `한-칠레 공급망 위원회`: a name whose parties are not a series' (the series
# of the US, Japan and Korea, or IPEF's, named by the same head words) is of another series, and that series' parties
# are not the event's.
def test_a_series_head_word_under_other_parties_brings_no_parties() -> None:
    text = ("□ 외교부 양자경제외교국장은 9.2.(화) 코펜하겐에서 덴마크 외교부 국장과 "
            "「제1차 한-덴마크 경제안보대화」를 개최하였다.")
    events = _held(text, "ko", "2025-09-03")
    assert _parties(events) == [["DNK", "KOR"]] and events[0].series is None
    text = "□ 양국은 9.2.(화) 서울에서 「제2차 한-칠레 공급망 위원회」를 개최하였다."
    assert _parties(_held(text, "ko", "2025-09-03")) == [["CHL", "KOR"]]


# Participants. `오스트리아 연방내무부`, `스위스 연방하원`: a body's name that ends in a word of the gazetteer
# (`내무부`, `하원`, the US's) is another country's body, not the US.
def test_a_body_whose_name_ends_in_a_us_bodys_word_is_not_the_us() -> None:
    text = ("□ 행정안전부는 9.2.(화) 서울에서 오스트리아 연방내무부와 "
            "「제2차 한-오스트리아 재난안전 협의회」를 개최하였다.")
    assert _parties(_held(text, "ko", "2025-09-03")) == [["AUT", "KOR"]]
    text = ("□ 국회 대표단은 9.2.(화) 서울에서 스위스 연방하원 의원단과 "
            "「제3차 한-스위스 의원 친선 간담회」를 가졌다.")
    assert _parties(_held(text, "ko", "2025-09-03")) == [["CHE", "KOR"]]
