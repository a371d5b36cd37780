"""Generalisation round 6: documents signed under launch nouns, launched processes, hosts receiving a
visitor for talks, signings named by their noun, references back to a past event, and parties listed
without an attendance verb; each rule on sentences written for these tests."""
from __future__ import annotations

from tests.extract.sentences import held as _held


# A partnership or framework signed is an agreement (records.md rule 1: a partnership document signed).
def test_a_partnership_or_framework_signed_is_an_agreement() -> None:
    text = ("Separately, Minister Dominic Leblanc and Korea's Minister of Environment Han Wha-jin signed a "
            "Canada-Korea Hydrogen Framework in Ottawa on May 8.")
    assert "agreement" in {e.type for e in _held(text, "en", "2023-05-09")}
    text = ("양국 장관은 9일 베를린에서 열린 회담에서 「한-독 수소 파트너십」을 체결했다고 밝혔다.")
    assert "agreement" in {e.type for e in _held(text, "ko", "2023-11-10")}
    # A framework named before the verb is not what was signed.
    text = ("Members of the Indo-Pacific Economic Framework signed a clean economy agreement in San Francisco on "
            "November 14.")
    names = {e.name for e in _held(text, "en", "2023-11-15") if e.type == "agreement"}
    assert not any("Framework" in n for n in names)


# `launched negotiations on …`: a process launched is a launch, not the first meeting of a series.
def test_negotiations_launched_are_a_launch() -> None:
    text = ("Trade Minister Cheng Lim and his Korean counterpart launched negotiations on a digital economy "
            "agreement in Seoul on October 4.")
    assert [e.type for e in _held(text, "en", "2023-10-05")] == ["launch"]
    text = ("On March 2, the two trade ministers launched negotiations to modernise the bilateral investment "
            "treaty, which dates from 1996.")
    assert "launch" in {e.type for e in _held(text, "en", "2024-03-03")}


# `welcomed President X to <place> for bilateral talks`: a host receiving a titled visitor for a meeting.
def test_a_visitor_welcomed_for_talks_is_a_meeting() -> None:
    text = "Chancellor Olaf Scholz welcomed President Yoon Suk Yeol to Berlin on April 12 for bilateral talks."
    assert [e.type for e in _held(text, "en", "2024-04-13")] == ["dialogue"]
    text = ("The Taoiseach received Prime Minister Han Duck-soo at Government Buildings today for a working lunch "
            "on trade and energy.")
    held = _held(text, "en", "2024-09-20")
    assert [e.date for e in held] == ["2024-09-20"]
    # Welcoming an outcome is no meeting.
    text = "The ministers welcomed progress in the talks for a free trade agreement."
    assert _held(text, "en", "2024-09-20") == []


# `welcomed the signing today of a Memorandum …`: a signing named by its noun.
def test_a_signing_named_by_its_noun_is_an_agreement() -> None:
    text = ("The two leaders welcomed the signing today of a Memorandum of Understanding on hydrogen "
            "cooperation by their energy ministers.")
    held = _held(text, "en", "2024-06-11")
    assert [(e.type, e.date) for e in held] == [("agreement", "2024-06-11")]
    assert held[0].name and held[0].name.startswith("Memorandum of Understanding on hydrogen")
    text = ("Both presidents witnessed the signing of an agreement on visa waivers for diplomats in Astana on "
            "June 12.")
    assert "agreement" in {e.type for e in _held(text, "en", "2024-06-13")}


# A section heading that spans two days (`(4.17일(수)~4.18일(목))`) dates nothing under it.
def test_a_heading_with_two_days_leaves_its_section_undated() -> None:
    text = ("1. 한-호주 외교장관회담 (5.1일(수), 멜버른)\n"
            "□ 장관은 5.1일(수) 멜버른에서 호주 외교장관과 회담을 개최하였음\n"
            "2. 인도양 안보 포럼 (5.2일(목)~5.3일(금))\n"
            "□ 장관은 인도양 안보 포럼에 참석하여 기조연설을 하였음\n")
    days = {e.date for e in _held(text, "ko", "2024-05-04")}
    assert "2024-05-03" not in days and "2024-05-01" in days
    text = ("1. 한-덴마크 녹색동맹 회의 (10.4일(수), 코펜하겐)\n□ 차관은 10.4일(수) 녹색동맹 회의를 개최하였음\n"
            "2. 북유럽 에너지 포럼 (10.5일(목)~10.6일(금))\n□ 차관은 북유럽 에너지 포럼에 참석하였음\n")
    assert "2023-10-06" not in {e.date for e in _held(text, "ko", "2023-10-07")}


# `당시 …에는`, `At the time, …`: a sentence about the event referred to before, not a new one.
def test_a_reference_back_to_a_past_event_is_mentioned() -> None:
    text = ("이번 조치는 지난 3월 서울에서 열린 한일 통상협의의 후속 조치이다. 당시 협의에는 양측 국장이 "
            "수석대표로 참석하였다.")
    assert _held(text, "ko", "2024-07-21") == []
    text = ("The measure follows the Korea-Japan trade talks held in Tokyo in March. At the time, the talks were "
            "attended by director-generals of both sides.")
    assert _held(text, "en", "2024-07-21") == []


# `ballistic missile launches`: the noun, not a launch.
def test_missile_launches_are_not_a_launch() -> None:
    text = ("The ministers met in Canberra on May 1. They condemned North Korea's ballistic missile launches and "
            "agreed to coordinate closely at the UN Security Council.")
    held = _held(text, "en", "2024-05-02")
    assert len(held) == 1 and not any("Security Council" in (e.name or "") for e in held)
    text = ("The foreign ministers held talks in Manila on July 3 and discussed recent satellite launches and "
            "their threat to regional security.")
    assert "launch" not in {e.type for e in _held(text, "en", "2024-07-04")}


# A determiner is spaced (`전 장관`); glued to a noun it is part of the word (`전주기`, `전세계`).
def test_a_glued_determiner_is_part_of_the_name() -> None:
    text = "양국 장관은 20일 프라하에서 원전 전주기 협력 양해각서에 서명했다."
    names = {e.name for e in _held(text, "ko", "2024-09-21")}
    assert any(n and "전주기" in n for n in names)
    text = "양국은 15일 서울에서 전과정 탄소관리 협력 약정을 체결했다."
    names = {e.name for e in _held(text, "ko", "2024-03-16")}
    assert any(n and "전과정" in n for n in names)


# A headline before any dated sentence takes the day of the one dated event whose name it repeats.
def test_a_headline_takes_the_day_of_the_event_it_names() -> None:
    text = ("한-폴란드, 방산 협력 양해각서 체결\n"
            "□ 장관은 5일 바르샤바에서 폴란드 국방장관과 회담을 가졌다.\n"
            "□ 양국 장관은 6일 방산 협력 양해각서에 서명했다.\n")
    agreements = [e for e in _held(text, "ko", "2024-06-07") if e.type == "agreement"]
    assert [e.date for e in agreements] == ["2024-06-06"]
    text = ("Korea and Sweden signed a Battery Recycling Memorandum, the trade ministry said.\n"
            "On May 14, the ministers of Korea and Sweden held talks in Stockholm.\nOn May 15, the two ministers "
            "signed the Battery Recycling Memorandum at the Ministry of Climate.\n")
    agreements = [e for e in _held(text, "en", "2024-05-16") if e.type == "agreement"]
    assert [e.date for e in agreements] == ["2024-05-15"]


# `The founding partners are A, B, C … and the European Commission`: an enumeration of who takes part,
# with a government body standing for its side.
def test_parties_listed_without_an_attendance_verb() -> None:
    text = ("Ten governments today launched the Clean Hydrogen Network in Oslo. The founding partners are "
            "Norway, Denmark, Japan, the Republic of Korea and the European Commission.")
    launch = next(e for e in _held(text, "en", "2024-03-12") if e.type == "launch")
    assert {"NOR", "DNK", "JPN", "KOR", "EU"} <= set(launch.participants)
    text = ("The Critical Minerals Forum was launched in Paris on June 3. Its members include Canada, France, "
            "Italy and Australia.")
    launch = next(e for e in _held(text, "en", "2024-06-04") if e.type == "launch")
    assert {"CAN", "FRA", "ITA", "AUS"} <= set(launch.participants)


# `signed the X the previous day` (no day of its own): referred to in passing; `전날인 26일` is a day.
def test_the_previous_day_is_referred_to_in_passing() -> None:
    text = ("President Yoon met NATO Secretary General Mark Rutte in Washington on July 11. The two had signed a "
            "cyber defence arrangement the previous day.")
    held = _held(text, "en", "2024-07-12")
    assert [e.type for e in held] == ["dialogue"]
    text = ("정상들은 27일 서울에서 정상회의를 열었다. 전날인 26일 오후 대통령은 총리와 양자 회담을 했다.")
    assert {"2024-05-26", "2024-05-27"} <= {e.date for e in _held(text, "ko", "2024-05-27")}


# Titles of the European Commission and of companies' chief executives name delegates (`… 담당 집행위원과`).
def test_commissioners_and_chief_executives_are_delegates() -> None:
    text = ("안덕근 장관은 3일 브뤼셀에서 마로시 셰프초비치(Maroš Šefčovič) EU 집행위원회 통상 담당 집행위원과 "
            "통상장관회담을 개최하였다.")
    names = {d.name for e in _held(text, "ko", "2024-10-04") for d in e.delegates}
    assert "마로시 셰프초비치" in names
    text = "최 장관은 7일 파리에서 프랑스전력공사(EDF) 뤽 레몽 사장과 면담을 갖고 원전 협력 방안을 논의했다."
    names = {d.name for e in _held(text, "ko", "2023-06-08") for d in e.delegates}
    assert "뤽 레몽" in names


# `EAM called on …`: a title's initials refer to the person given that title before; an acronym that is no
# one's title refers to no one.
def test_a_titles_initials_refer_to_its_holder() -> None:
    text = ("External Affairs Minister Dr. S. Jaishankar arrived in Tokyo on July 28 for the Quad Foreign "
            "Ministers' Meeting.\nOn July 29, EAM called on Prime Minister Kishida Fumio at the Kantei.")
    call = next(e for e in _held(text, "en", "2024-07-30") if e.date == "2024-07-29")
    names = {d.name for d in call.delegates}
    assert "S. Jaishankar" in names and "Kishida Fumio" in names
    text = ("Deputy Prime Minister Heng Swee Keat arrived in Seoul on May 2.\nOn May 3, DPM met Minister of Economy "
            "and Finance Choo Kyung-ho at the Government Complex.")
    meeting = next(e for e in _held(text, "en", "2023-05-04") if e.date == "2023-05-03")
    assert "Heng Swee Keat" in {d.name for d in meeting.delegates}
    text = ("Minister Ahn Duk-geun visited Riyadh on October 22.\nOn October 23, KOTRA signed a memorandum with the "
            "Saudi investment ministry.")
    assert all("Ahn Duk-geun" not in {d.name for d in e.delegates}
               for e in _held(text, "en", "2023-10-24") if e.date == "2023-10-23")
    # The title after `called on` is the person's, without the verb's preposition.
    roles = {d.role for d in call.delegates}
    assert "Prime Minister" in roles and not any(r and r.startswith("on ") for r in roles)


# `6.24~28 워싱턴 방문 … 회의 개최`: one date mention holding a trip's span gives no meeting its first day; the
# meetings named there take the days the body gives them.
def test_a_span_in_one_date_mention_is_the_trip() -> None:
    text = ("◇ 최 장관, 9.9~12 파리 방문 … 한-프랑스 경제장관회의, 한-OECD 정책대화 연이어 개최\n"
            "□ 최 장관은 9.10.(화) 파리에서 「한-프랑스 경제장관회의」를 개최하였다.\n"
            "□ 최 장관은 9.11.(수) 「한-OECD 정책대화」를 개최하였다.\n")
    assert "2024-09-09" not in {e.date for e in _held(text, "ko", "2024-09-12")}
    text = ("◇ 박 차관, 3.4~7 자카르타 순방 … 한-인니 차관급 전략대화 개최\n"
            "□ 박 차관은 3.5.(화) 자카르타에서 「제6차 한-인니 차관급 전략대화」를 개최하였다.\n")
    assert [e.date for e in _held(text, "ko", "2024-03-08")] == ["2024-03-05"]


# `…, holding their first-ever summit at …`: a participle clause reports the meeting held; `agreed on holding
# regular talks` is a commitment.
def test_a_participle_clause_reports_a_meeting() -> None:
    text = ("The leaders of Korea, Japan and Australia agreed Tuesday to deepen energy cooperation, holding their "
            "first trilateral summit in Canberra.")
    held = _held(text, "en", "2024-03-13")
    assert [(e.type, e.date) for e in held] == [("dialogue", "2024-03-12")]
    text = ("Korea and Indonesia signed three memorandums on nickel processing on Friday, holding their annual "
            "industry ministers' meeting in Jakarta.")
    assert "dialogue" in {e.type for e in _held(text, "en", "2024-05-11")}
    text = "The two foreign ministers agreed on holding regular talks on supply chains."
    assert _held(text, "en", "2024-05-11") == []
    text = ("The science ministers of Korea and Canada signed a quantum research arrangement in Ottawa on June 4 "
            "after holding bilateral talks.")
    assert {"dialogue", "agreement"} <= {e.type for e in _held(text, "en", "2024-06-05")}


# `A 장관, B 장관과 잇달아 면담`: one meeting with each person named; over a span of days, each undated. A
# headline (`A 부총리, B 장관 및 C 총재와 연쇄 면담`) does not tell who met whom and is not split.
def test_meetings_in_turn_are_one_per_person() -> None:
    text = ("최 장관은 5.20~21일 이틀간 마리아 안젤리카 이카사(María Angélica Ycaza) 광업부 장관, 후안 카를로스 "
            "무뇨스(Juan Carlos Muñoz) 교통부 장관과 잇달아 면담하였다.")
    held = [e for e in _held(text, "ko", "2024-05-22") if e.type == "dialogue"]
    assert len(held) == 2 and {e.date for e in held} == {None}
    text = "이날 오후 대통령은 대통령실에서 스미스 총리, 무라트 대통령과 차례로 회담을 가졌다."
    assert len([e for e in _held(text, "ko", "2024-05-22") if e.type == "dialogue"]) == 2
    text = ("추경호 부총리, 캐나다 재무장관 및 IMF 총재와 연쇄 면담\n"
            "추 부총리는 14일 워싱턴에서 캐나다 재무장관과 면담을 가졌다.")
    assert len(_held(text, "ko", "2023-04-15")) == 1


# `held calls with A and B`: one call with each titled person; `While in <city>` leaves a meeting of a trip
# undated like `During the visit`.
def test_plural_calls_are_one_per_person() -> None:
    text = ("While in Jakarta, Minister Cho also held calls with Malaysia's Minister of Foreign Affairs Mohamad "
            "Hasan and Thailand's Minister of Foreign Affairs Maris Sangiampongsa.")
    held = _held(text, "en", "2024-10-12")
    assert len(held) == 2 and {e.date for e in held} == {None}
    text = ("On March 3, the Deputy Secretary held meetings with Foreign Secretary Vinay Kwatra and Commerce "
            "Secretary Sunil Barthwal in New Delhi.")
    assert len(_held(text, "en", "2024-03-04")) == 2
