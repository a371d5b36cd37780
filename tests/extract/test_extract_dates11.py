"""Round 10 (second part) of issue 16, dates: the day an event is held, not a day said in passing beside it
(a treaty's old year, a number of days, a day recalled or glossed, a day of an adnominal clause);
each rule on sentences written for these tests."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _days(text: str, published: str) -> set[str | None]:
    return {e.date for e in _held(text, "ko", published)}


# `1892.6.23.`, `May 12, 1887`: a full date of the nineteenth century is a date (a treaty's), not a recent day.
def test_a_nineteenth_century_date_is_that_year() -> None:
    text = ("양국 외교장관은 14일 빈에서 회담을 가졌다.\n"
            "※ 1892.6.23. 한-오스트리아 우호통상조약 체결")
    assert [e.type for e in _held(text, "ko", "2025-06-15")] == ["dialogue"]
    text = ("Foreign Minister Ana Costa met her Belgian counterpart in Lisbon on June 3. The Treaty of Friendship "
            "between the two kingdoms was signed on June 2, 1883.")
    assert [e.type for e in _held(text, "en", "2025-06-04")] == ["dialogue"]


# `취임 18일 만에`, `12일 만에 다시`: a number of days since something, not a day of the month.
def test_days_since_are_not_a_date() -> None:
    text = ("정 장관은 20일 아부다비에서 UAE 산업장관과 회담을 가졌다. 취임 18일 만의 첫 해외 출장이다. "
            "정 장관은 이날 오후 UAE 투자청장을 면담하였다.")
    assert _days(text, "2025-02-21") == {"2025-02-20"}
    text = "양국 외교장관은 파리 회담 이후 12일 만에 다시 통화를 했다."
    assert "2025-03-12" not in _days(text, "2025-03-14")


# `3.30~4.2 케냐 방문`: a range across two months is a span of days (a trip's), not the day of what follows it.
def test_a_range_across_months_is_a_trip_span() -> None:
    text = ("◇ 3.30~4.2 케냐 방문, 에너지·광업부 장관과 연쇄 면담\n"
            "□ 김 장관은 3.31.(월) 나이로비에서 케냐 에너지부 장관과 면담을 가졌다.")
    assert _days(text, "2025-04-03") == {"2025-03-31"}
    text = ("◇ 7.30~8.2 브라질 방문, 상파울루에서 통상장관 면담\n"
            "□ 이 본부장은 7.31.(목) 브라질 개발산업통상서비스부 장관과 면담을 가졌다.")
    assert _days(text, "2025-08-03") == {"2025-07-31"}


# `이날`: the last day named before it, not one said in passing — a recalled call (`-ㄴ 바 있다`), or the day of
# an adnominal clause about something else (`지난 17일 취임한 지`).
def test_the_same_day_skips_days_said_in_passing() -> None:
    text = ("윤 장관은 12일 오전 베를린에서 독일 경제장관과 회담을 했다. 두 장관은 지난 8일 약 20분간 통화를 "
            "한 바 있다. 윤 장관은 이날 오후 독일 연방의회 의장을 면담하였다.")
    assert _days(text, "2025-03-13") == {"2025-03-12"}
    text = ("최 장관은 21일 카이로에서 이집트 외교장관과 회담을 가졌다. 이집트 장관이 지난 17일 취임한 지 "
            "나흘 만이다. 최 장관은 이날 저녁 아랍연맹 사무총장을 면담했다.")
    assert _days(text, "2025-05-22") == {"2025-05-21"}


# `유엔해양총회(6.9~13) 계기에`: a date in parentheses after another name is that one's, not this meeting's.
def test_another_names_date_in_parentheses_is_not_the_events() -> None:
    text = ("□ 외교부 1차관은 11일(수) 니스에서 제2차 한-프랑스 해양대화를 개최하였다.\n"
            " ㅇ 이번 회의는 유엔해양총회(6.9~13) 계기에 개최되었으며, 양국 차관이 공동의장을 맡았다.")
    assert _days(text, "2025-06-12") == {"2025-06-11"}
    text = ("□ 통상교섭본부장은 15일 제네바에서 제2차 한-칠레 통상장관회의를 개최하였다.\n"
            " ㅇ 이번 회의는 WTO 일반이사회(7.14~16) 계기에 개최되었으며, 양측은 공급망 협력을 논의하였다.")
    assert _days(text, "2025-07-16") == {"2025-07-15"}


# `이 대화에는 지난 5일 취임한 장관이 참석`, `면담을 갖고, 올해 수교 62주년을 맞은 관계를 평가`: after the event's
# name, a date in an adnominal clause about something else is that clause's.
def test_a_date_in_an_adnominal_clause_is_the_clauses() -> None:
    text = ("□ 12일 하노이에서 제4차 한-베트남 외교장관 전략대화가 열렸다. 이 대화에는 지난 5일 취임한 "
            "베트남 외교장관이 처음 참석하였다.")
    assert _days(text, "2025-03-12") == {"2025-03-12"}
    text = ("□ 대통령은 8일 캄팔라에 도착하였다.\n"
            " - 대통령은 우간다 총리와 면담을 갖고, 올해 수교 62주년을 맞은 양국 관계를 평가하였다.")
    assert _days(text, "2025-04-09") == {"2025-04-08"}


# `이번 회의는 7일 … 총리가 이끄는 내각이 출범한 이후 처음 개최된 회의로서`: a sentence about the release's event
# names it first; the date of an adnominal clause inside is that clause's.
def test_a_date_after_this_events_topic_in_an_adnominal_clause_is_the_clauses() -> None:
    text = ("□ 양국 차관은 15일 제3차 한-스웨덴 혁신대화를 공동 주재하였다.\n"
            " ㅇ 이번 회의는 7일 안데르손 총리가 이끄는 새 내각이 출범한 이후 처음 개최된 고위급 회의로서 의미가 있다.")
    assert _days(text, "2025-03-16") == {"2025-03-15"}
    text = ("□ 장관은 20일 리스본에서 포르투갈 경제장관과 회담을 가졌다.\n"
            " ㅇ 금번 회담은 14일 몬테네그루 총리가 이끄는 연립정부가 구성된 뒤 열린 첫 장관급 회담이다.")
    assert _days(text, "2025-05-21") == {"2025-05-20"}


# `콘퍼런스` is the standard spelling of `컨퍼런스`: a meeting head like it.
def test_the_standard_spelling_of_conference_is_a_meeting() -> None:
    text = "해양수산부는 10.7~8 이틀간 리스본에서 제2차 한-포르투갈 해양 콘퍼런스를 개최하였다."
    assert _days(text, "2025-10-09") == {"2025-10-07"}
    text = "과기정통부는 3일 오슬로에서 제5차 한-북유럽 과학기술 콘퍼런스를 열었다."
    assert _days(text, "2025-06-04") == {"2025-06-03"}


# `is being convened by X`: the present progressive tells of a meeting under way or ahead, not one held, unless
# the sentence gives it today's date.
def test_a_present_progressive_is_not_held_unless_today() -> None:
    text = ("The Foreign Secretary travels to Nairobi on Monday for the Commonwealth ministerial meeting, which is "
            "being convened by Kenya's Cabinet Secretary.")
    assert not _held(text, "en", "2025-05-06")
    text = "The ASEAN Regional Forum is being convened by Malaysia in Kuala Lumpur."
    assert not _held(text, "en", "2025-07-01")
    text = "The Korea-Canada economic security dialogue is being held today in Ottawa."
    assert [e.date for e in _held(text, "en", "2025-05-06")] == ["2025-05-06"]


# `서명하고 … 할 계획이다`, `면담을 갖고 … 논의할 예정이다`: a connective clause without a past marker of its own
# takes the tense of the sentence's last predicate, here a plan; `가졌고` is past.
def test_a_connective_clause_before_a_plan_is_ahead() -> None:
    text = "양국은 연내 디지털 협력 약정에 서명하고, 공동 연구 사업을 추진할 계획이다."
    assert not _held(text, "ko", "2025-04-02")
    text = "한편, 김 장관은 포럼 계기에 노르웨이 무역장관과 면담을 갖고 수소 협력 방안을 논의할 예정이다."
    assert not _held(text, "ko", "2025-04-02")
    text = "김 장관은 1일 노르웨이 무역장관과 면담을 가졌고, 후속 협의를 진행할 예정이다."
    assert _days(text, "2025-04-02") == {"2025-04-01"}


# `… concluded today in Suva. The plenary session was co-chaired by …`: before any dated meeting, an undated one
# after `today`/`오늘` is today's, not the day of a side event named later.
def test_an_undated_meeting_after_today_is_todays() -> None:
    text = ("The Pacific Islands Forum Foreign Ministers' Meeting concluded today in Suva. The plenary session was "
            "co-chaired by the foreign ministers of Fiji and Tonga. On the margins, the ministers attended a "
            "business roundtable on 3 June.")
    assert {(e.name, e.date) for e in _held(text, "en", "2025-06-04")} == {
        ("plenary session", "2025-06-04"), ("roundtable", "2025-06-03")}
    text = ("제5차 한-중앙아시아 협력포럼이 오늘 알마티에서 폐막했다. 전체회의는 카자흐스탄 외교장관이 주재하였다. "
            "앞서 양국 장관은 9일 별도 회담을 가졌다.")
    assert _days(text, "2025-06-10") == {"2025-06-09", "2025-06-10"}
