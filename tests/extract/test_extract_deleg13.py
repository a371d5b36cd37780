"""Delegates from the text, round 12 (issue #16): delegation lists and attendee lines; each rule on sentences
written for these tests (none is a corpus document), every one failing on the code before it (main at e050441)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str) -> set[tuple[str, str | None]]:
    """(name, country) of every delegate of every held event."""
    return {(d.name, d.country) for e in _held(text, lang, published) for d in e.delegates}


def _by_event(text: str, lang: str, published: str) -> dict[str | None, set[str]]:
    """Each held event's name -> the names of its delegates."""
    return {e.name: {d.name for d in e.delegates} for e in _held(text, lang, published)}


# ------------------------------------------------------------------ English: what a delegation is made of

# `The Brazilian delegation comprised A, B and C`, `… consisted of …`, `… was composed of …`: the verbs that say
# who a delegation is made of report its members' attendance as `included` does, and the side is the delegation's.
def test_a_delegation_comprised_its_members() -> None:
    text = ("The third Brazil-Chile Ministerial Dialogue was held in Santiago on 3 May 2025. The Brazilian "
            "delegation comprised Minister of Foreign Affairs Mauro Vieira, Minister of Finance Fernando Haddad and "
            "Minister of Mines and Energy Alexandre Silveira. The Chilean delegation was led by Minister for Foreign "
            "Affairs Alberto van Klaveren.")
    assert {("Mauro Vieira", "BRA"), ("Fernando Haddad", "BRA"),
            ("Alexandre Silveira", "BRA")} <= _people(text, "en", "2025-05-03")


def test_a_delegation_consisted_of_or_was_composed_of_its_members() -> None:
    text = ("Canada and Mexico held their annual Strategic Dialogue in Ottawa on Friday. The Mexican delegation "
            "consisted of Secretary of Economy Marcelo Ebrard and Secretary of Energy Luz Elena González.")
    assert {("Marcelo Ebrard", "MEX"), ("Luz Elena González", "MEX")} <= _people(text, "en", "2025-03-14")
    text = ("The second Ghana-Netherlands Trade Commission met in Accra on 12 June 2024. The Dutch delegation was "
            "composed of Minister for Foreign Trade Geoffrey van Leeuwen and State Secretary Hanna Visser.")
    assert ("Geoffrey van Leeuwen", "NLD") in _people(text, "en", "2024-06-12")


# ------------------------------------------------------------------ Korean: attendee lines under a header

# `※ 참석자` (or `참석자(회담):`), then one line per side: `- (페루) A 외교장관, B 장관 등`, `- 노르웨이: …`. The header
# says the lines' people attended; the bracket or colon label opening a line is that line's side.
_KO_ROSTER = ("박형준 외교부 장관은 3.5.(화) 리마에서 엘레나 로드리게스(Elena Rodriguez) "
              "페루 외교장관과 외교장관회담을 개최하였습니다.\n\n"
              "양 장관은 광물 협력을 강화하기로 하였습니다.\n\n※ 참석자\n"
              " - (한국) 박형준 외교부 장관, 이수민 산업통상자원부 차관, 최영호 주페루대사 등\n{peru}\n")


def test_attendee_lines_under_a_header_attend() -> None:
    text = _KO_ROSTER.format(peru=" - (페루) 엘레나 로드리게스 외교장관, 마르코 살라스 에너지광업부 장관 등")
    people = _people(text, "ko", "2024-03-05")
    assert {("이수민", "KOR"), ("최영호", "KOR"), ("마르코 살라스", "PER")} <= people


def test_a_side_label_before_a_colon_opens_an_attendee_line() -> None:
    text = _KO_ROSTER.format(peru=" - 페루: 엘레나 로드리게스 외교장관, 마르코 살라스 에너지광업부 장관 등")
    assert ("마르코 살라스", "PER") in _people(text, "ko", "2024-03-05")


def test_attendee_lines_do_not_outnumber_the_leaders() -> None:
    """The narrative's two ministers stay the heads however many the attendee lines add."""
    text = _KO_ROSTER.format(peru=" - (페루) 엘레나 로드리게스 외교장관, 마르코 살라스 에너지광업부 장관 등")
    heads = {d.name for e in _held(text, "ko", "2024-03-05") for d in e.delegates if d.head}
    assert heads == {"박형준", "엘레나 로드리게스"}


# `참석자(정책협의회):` at the end of a release that went on to other meetings: the lines are the people of the
# meeting the header names, not of the last meeting told.
def test_the_header_names_the_meeting_of_its_attendee_lines() -> None:
    text = ("최민수 외교부 제2차관은 5.7.(화) 아크라에서 「제3차 한-가나 정책협의회」를 개최하였다.\n\n"
            "□ 최 차관은 5.8.(수) 존 마하마 가나 재무장관을 면담하였다.\n\n"
            "참석자(정책협의회):\n - (한국측) 최민수 제2차관(수석대표), 박지훈 주가나대사\n"
            " - (가나측) 콰메 아산테 외교차관(수석대표)\n")
    by_event = _by_event(text, "ko", "2024-05-09")
    council = next(v for k, v in by_event.items() if k and "정책협의회" in k)
    others = set().union(*(v for k, v in by_event.items() if not (k and "정책협의회" in k)))
    assert "박지훈" in council and "박지훈" not in others


# ------------------------------------------------------------------ English: joined initials inside a name

# `Raphael P.M. Lotilla`, `Arifin T.H. Tasrif`: initials written together (no space between them) are one word of
# the name; the name neither ends on the first of them nor starts on them after the given name.
def test_joined_initials_are_one_word_of_the_name() -> None:
    text = "On Tuesday, Foreign Minister Penny Wong met Philippine Secretary of Energy Raphael P.M. Lotilla in Manila."
    assert ("Raphael P.M. Lotilla", "PHL") in _people(text, "en", "2024-03-05")
    text = ("Following the talks, Secretary Jennifer Granholm met Indonesian Minister of Energy Arifin T.H. Tasrif "
            "in Jakarta on Monday.")
    assert ("Arifin T.H. Tasrif", "IDN") in _people(text, "en", "2024-03-04")


# ------------------------------------------------------------------ English: a visit still to come

# `discussed preparations for the upcoming visit of Prime Minister X`, `the forthcoming state visit by President X`:
# the visitor of a visit still to come was not at this meeting.
def test_the_visitor_of_a_coming_visit_is_not_a_delegate() -> None:
    text = ("Foreign Minister Penny Wong met New Zealand Foreign Minister Winston Peters in Canberra on Monday and "
            "discussed preparations for the upcoming visit of Prime Minister Christopher Luxon to Australia.")
    people = _people(text, "en", "2024-03-04")
    assert ("Winston Peters", "NZL") in people and "Christopher Luxon" not in {n for n, _ in people}
    text = ("On Thursday, Foreign Minister Ana Brnabić met Greek Foreign Minister Giorgos Gerapetritis in Athens and "
            "discussed the forthcoming state visit by President Nikos Christodoulides to Belgrade.")
    people = _people(text, "en", "2024-02-29")
    assert ("Giorgos Gerapetritis", "GRC") in people and "Nikos Christodoulides" not in {n for n, _ in people}
