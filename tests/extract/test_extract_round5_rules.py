"""Generalisation round 5: side meetings, meetings named by a preposition, ceremonies that launch, and the
officials of international organisations; each rule on sentences written for these tests."""
from __future__ import annotations

from tests.extract.sentences import held as _held


# `In a separate meeting with <titled person>, X said …`: a meeting with no verb of its own.
def test_a_meeting_named_by_a_preposition_is_its_own_event() -> None:
    text = ("Secretary Blinken attended the ASEAN-U.S. Foreign Ministers' Meeting in Jakarta on July 11. In a "
            "separate meeting with Indonesian Foreign Minister Retno Marsudi, Blinken said the United States "
            "supports ASEAN centrality.")
    assert len(_held(text, "en", "2023-07-12")) == 2
    text = ("The Pacific Islands summit opened in Seoul on May 29. At a separate meeting with Fiji Prime "
            "Minister Sitiveni Rabuka, President Yoon proposed joint work on fisheries data.")
    assert len(_held(text, "en", "2023-05-30")) == 2


# `On the sidelines, X held talks with Y`, `met separately with`: beside the meeting the report is about.
def test_side_markers_in_the_clause_make_a_side_meeting() -> None:
    text = ("On June 3, Minister Park attended the Shangri-La Dialogue in Singapore. On the sidelines, Park held "
            "talks with Defence Minister Richard Marles of Australia.")
    assert len(_held(text, "en", "2023-06-04")) == 2
    text = ("The trilateral vice-ministerial talks took place in Tokyo on October 17. Vice Minister Kim also met "
            "separately with Deputy Secretary Kurt Campbell the same morning.")
    assert len(_held(text, "en", "2023-10-18")) == 2


# `called on A and held a meeting with B`: each predicate with its own person is a meeting of its own.
def test_two_person_meetings_in_one_sentence() -> None:
    text = ("The Korea-Canada Strategic Dialogue was held in Ottawa on April 3. On April 2, Minister Cho called "
            "on Prime Minister Justin Trudeau and held a meeting with Minister of Natural Resources Jonathan "
            "Wilkinson.")
    assert len([e for e in _held(text, "en", "2024-04-04") if e.date == "2024-04-02"]) == 2
    text = ("The foreign ministers met in Canberra on February 9. On February 8, the minister called on Governor-"
            "General David Hurley and met with Minister for Trade Don Farrell.")
    assert len([e for e in _held(text, "en", "2024-02-10") if e.date == "2024-02-08"]) == 2


# `X와도 면담을 갖고` (also with X), `개소식에 앞서 … 와 면담`: a second meeting beside the first.
def test_korean_also_with_and_before_make_side_meetings() -> None:
    text = ("안덕근 산업통상자원부 장관은 4.16.(화, 현지시간) 베를린에서 독일 경제기후보호부 장관과 회담을 가졌다. "
            "안 장관은 이날 지멘스 에너지 최고경영자와도 면담하고 수소 협력 방안을 논의했다.")
    assert len(_held(text, "ko", "2024-04-17")) == 2
    text = ("추경호 부총리는 12일 워싱턴에서 미국 재무장관과 회담했다. 추 부총리는 같은 날 국제통화기금(IMF) "
            "총재와도 면담을 갖고 세계경제 전망을 논의했다.")
    assert len(_held(text, "ko", "2023-04-13")) == 2


# `「X 센터」가 … 개소식을 갖고`: a ceremony of opening (개소, 출범, 발족) launches the body it names.
def test_an_opening_ceremony_launches_its_body() -> None:
    text = ("과학기술정보통신부는 「한-독 인공지능 협력센터」가 3.12.(화, 현지시간) 베를린에서 개소식을 갖고 "
            "운영에 들어갔다고 밝혔다.")
    launches = [e for e in _held(text, "ko", "2024-03-13") if e.type == "launch"]
    assert [e.name for e in launches] == ["한-독 인공지능 협력센터"]
    text = "환경부는 11일 서울에서 '한-아세안 기후변화 협력 네트워크' 출범식을 열고 공동 연구에 착수했다."
    assert "launch" in {e.type for e in _held(text, "ko", "2024-06-12")}


# `데이비드 맬패스 세계은행(WB) 총재`: an organisation's official stands for it; `총재` is a title.
def test_an_organisations_official_stands_for_it() -> None:
    text = "최상목 부총리는 17일 워싱턴에서 크리스탈리나 게오르기에바 국제통화기금(IMF) 총재와 면담했다."
    (event,) = _held(text, "ko", "2024-04-18")
    assert ("크리스탈리나 게오르기에바", "IMF") in {(d.name, d.country) for d in event.delegates}
    assert "IMF" in event.participants
    text = "같은 날 홍 부총리는 아지즈 아흐마드 아시아개발은행(ADB) 부총재와 면담을 가졌다."
    names = {d.name for e in _held(text, "ko", "2024-05-03") for d in e.delegates}
    assert "아지즈 아흐마드" in names and not any(n.startswith("날") for n in names)


# `윤 대통령은`: a surname with a title is the one full name the text gave with that title; long
# transliterated name words (`베르디무하메도프`) are names.
def test_surname_with_title_is_the_full_name_given_before() -> None:
    text = ("이재명 대통령은 9일부터 3박 4일 일정으로 베트남을 국빈 방문했다. 이 대통령은 10일 하노이에서 "
            "르엉 끄엉 국가주석과 정상회담을 가졌다.")
    names = {d.name for e in _held(text, "ko", "2025-08-12") for d in e.delegates}
    assert "이재명" in names and "이" not in names
    text = ("한덕수 국무총리는 14일 타슈켄트에서 압둘라 아리포프 총리와 회담했다. 이에 앞서 한 총리는 13일 "
            "사마르칸트에서 우즈베키스탄 정부 인사들과 만났다.")
    assert "한덕수" in {d.name for e in _held(text, "ko", "2024-06-15") for d in e.delegates}


def test_long_transliterated_name_words_and_the_host_side() -> None:
    text = "윤석열 대통령은 12일 아스타나에서 카심조마르트 토카예프 대통령과 정상회담을 가졌다."
    (event,) = _held(text, "ko", "2024-06-13")
    assert ("카심조마르트 토카예프", "KAZ") in {(d.name, d.country) for d in event.delegates}
    text = "문재인 대통령은 20일 아시가바트에서 구르반굴리 베르디무하메도프 대통령과 정상회담을 했다."
    (event,) = _held(text, "ko", "2019-04-21")
    assert "구르반굴리 베르디무하메도프" in {d.name for d in event.delegates}


# A headline verb or a plural event noun after a name is not part of it (`Secretary Raimondo Concludes …`).
def test_headline_words_end_a_name() -> None:
    text = ("Secretary Raimondo Concludes Visit to Seoul\nSecretary of Commerce Gina Raimondo met with Minister "
            "Ahn Duk-geun in Seoul on March 3.")
    names = {d.name for e in _held(text, "en", "2024-03-04") for d in e.delegates}
    assert "Raimondo Concludes" not in names
    text = ("President Marcos Welcomes Korean Investors\nPresident Ferdinand Marcos Jr. met Korean business leaders "
            "in Manila on May 2.")
    names = {d.name for e in _held(text, "en", "2024-05-03") for d in e.delegates}
    assert "Marcos Welcomes" not in names


# Two same-day meetings with different people met are two events (`Later that day, she called on X`).
def test_meetings_with_other_people_the_same_day_are_separate() -> None:
    text = ("In Berlin on Monday, May 6, Minister Ahn met with Federal Minister for Economic Affairs Robert Habeck. "
            "Later that day, Minister Ahn called on Chancellor Olaf Scholz at the Chancellery.")
    events = _held(text, "en", "2024-05-08")
    assert len([e for e in events if e.date == "2024-05-06"]) == 2
    assert "Olaf Scholz" in {d.name for e in events for d in e.delegates}
    text = ("In Hanoi on October 2, the Deputy Secretary met with Deputy Foreign Minister Ha Kim Ngoc. He also met "
            "with Minister of Industry and Trade Nguyen Hong Dien.")
    assert len(_held(text, "en", "2024-10-03")) == 2


# `Building on the X established in April, the two launched Y`: April is X's, not Y's.
def test_a_date_in_another_events_adnominal_phrase_is_not_this_ones() -> None:
    text = ("On July 3, building on the Clean Energy Partnership established by the two leaders in March, the "
            "ministers launched the Korea-Australia Hydrogen Network.")
    launches = [e for e in _held(text, "en", "2024-07-04") if e.type == "launch"]
    assert [e.date for e in launches] == ["2024-07-03"]
    text = ("Building on the Supply Chain Dialogue launched in January, the two sides launched the Korea-Canada "
            "Battery Network in Ottawa on May 14.")
    assert "2024-05-14" in {e.date for e in _held(text, "en", "2024-05-15") if e.type == "launch"}


# A section heading of its own line dates what follows; a heading spanning days leaves it undated, and so
# does `During the visit` (records.md rule 6).
def test_section_headings_and_trips_date_unnamed_meetings() -> None:
    text = ("Tokyo – March 4\nOn March 4, the Minister met with Minister for Foreign Affairs Kamikawa Yoko.\n"
            "Jakarta – March 5-6\nIn Jakarta, the Minister met with Minister of Trade Zulkifli Hasan.")
    days = {e.date for e in _held(text, "en", "2024-03-07")}
    assert days == {"2024-03-04", None}
    text = ("The Korea-India Joint Commission met in New Delhi on August 2. During the visit he also met Minister "
            "of Commerce Piyush Goyal.")
    assert None in {e.date for e in _held(text, "en", "2024-08-03")}


# A meal with a named counterpart is a meeting; a state banquet is a ceremony; `문서 교환식` is a signing.
def test_meals_with_a_counterpart_and_exchange_ceremonies() -> None:
    text = "윤석열 대통령은 13일 아스타나에서 누르술탄 나자르바예프 초대 대통령과 친교 오찬을 함께하며 의견을 나눴다."
    assert [e.type for e in _held(text, "ko", "2024-06-14")] == ["dialogue"]
    text = "윤 대통령은 12일 저녁 암스테르담 왕궁에서 열린 네덜란드 국왕 주최 국빈만찬에 참석했다."
    assert _held(text, "ko", "2023-12-13") == []
    text = ("한국과 우즈베키스탄 정상은 14일 타슈켄트에서 정상회담을 가졌다. 회담 후에는 핵심광물 공급망 "
            "파트너십 양해각서 등 정부 간 문서 교환식이 진행됐다.")
    assert "agreement" in {e.type for e in _held(text, "ko", "2024-06-15")}
    text = "양국 장관은 회담에서 공급망 협력에 관한 의견을 교환했다. 회담은 9일 서울에서 열렸다."
    assert "agreement" not in {e.type for e in _held(text, "ko", "2024-06-10")}


# A range of days attached to a visit (`부터 … 까지 … 방문하여`, `from … to … visit`) is the trip, not a meeting's day.
def test_a_trips_span_is_not_a_meetings_day() -> None:
    text = ("최상목 부총리는 4.15.(월)부터 4.19.(금)까지 미국 워싱턴을 방문하여 G20 재무장관회의 등 일련의 회의에 "
            "참석하였다. 최 부총리는 4.17.(수) 한미일 재무장관회의를 개최하였다.")
    assert "2024-04-15" not in {e.date for e in _held(text, "ko", "2024-04-20")}
    text = ("Secretary Yellen traveled to Beijing from April 5 to April 9 on a visit that included meetings with Vice "
            "Premier He Lifeng. On April 6, she held talks with Vice Premier He Lifeng in Guangzhou.")
    assert "2024-04-05" not in {e.date for e in _held(text, "en", "2024-04-10")}


# `협정문에 서명`: the text of an agreement signed is the agreement.
def test_agreement_text_signed_is_an_agreement() -> None:
    text = "유명희 통상교섭본부장은 15일 화상으로 한국과 아세안 10개국이 참여하는 협정의 협정문에 서명하였다."
    assert "agreement" in {e.type for e in _held(text, "ko", "2020-11-16")}
    text = "양국 장관은 9일 서울에서 한-캄보디아 자유무역협정(FTA) 협정문에 서명했다."
    assert "agreement" in {e.type for e in _held(text, "ko", "2022-10-10")}


# `회의를 한 뒤`, `오찬을 함께하며`: a sentence reporting that people met names the event's delegates.
def test_korean_sentences_reporting_a_meeting_held_name_delegates() -> None:
    text = ("한국과 베트남 정상이 23일 하노이에서 정상회담을 열었다. 윤석열 대통령과 또 럼 베트남 국가주석은 이날 오전 "
            "주석궁에서 회담을 한 뒤 공동성명을 채택했다.")
    names = {d.name for e in _held(text, "ko", "2024-05-24") for d in e.delegates}
    assert {"윤석열", "또 럼"} <= names
    text = ("한국과 필리핀은 7일 마닐라에서 외교장관회의를 열었다. 조태열 장관과 엔리케 마날로 필리핀 외교장관은 "
            "이날 회의를 한 뒤 공동보도문을 냈다.")
    assert "엔리케 마날로" in {d.name for e in _held(text, "ko", "2024-10-08") for d in e.delegates}


# `Prime Minister Mark Brown of the Cook Islands`: a country right after the name, joined by `of`, is theirs.
def test_of_country_after_a_name_is_their_side() -> None:
    text = ("President Yoon co-chaired the summit in Seoul on May 29 with Prime Minister Mark Brown of the Cook "
            "Islands, the chair of the Pacific Islands Forum.")
    assert ("Mark Brown", "COK") in {(d.name, d.country) for e in _held(text, "en", "2023-05-30") for d in e.delegates}
    text = "Secretary Blinken met Foreign Minister Vivian Balakrishnan of Singapore in Washington on March 4."
    pairs = {(d.name, d.country) for e in _held(text, "en", "2024-03-05") for d in e.delegates}
    assert ("Vivian Balakrishnan", "SGP") in pairs
