"""Delegates, round 32: the general gaps the delegate paraphrase grids (tests/extract/grids/grid32den.py,
grid32dko.py) showed. Sentences written for these tests (none is a corpus document or a grid cell), each failing
before round 32's rules (at 7875455)."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str) -> dict[str, tuple[str | None, bool]]:
    """Every held event's delegates: name -> (country, head)."""
    return {d.name: (d.country, d.head) for e in _held(text, lang, published) for d in e.delegates}


# `X sat in on the talks`: present at them, a delegate beside the principals (who stay heads).
@pytest.mark.parametrize(("text", "published", "companion", "principal"), [
    ("WASHINGTON, Oct. 28 (AP) -- President Joe Biden met Chinese Foreign Minister Wang Yi at the White House on "
     "Friday. National Security Adviser Jake Sullivan sat in on the meeting.", "2023-10-28",
     ("Jake Sullivan", "USA"), "Joe Biden"),
    ("CANBERRA, Feb. 7 (AAP) -- Prime Minister Anthony Albanese held talks with visiting Indonesian Foreign Minister "
     "Retno Marsudi in Canberra on Tuesday. Foreign Minister Penny Wong, who had hosted Retno the day before, also sat "
     "in on the talks.", "2023-02-07", ("Penny Wong", "AUS"), "Anthony Albanese"),
])
def test_sitting_in_is_attendance_without_leading(text: str, published: str, companion: tuple[str, str],
                                                  principal: str) -> None:
    people = _people(text, "en", published)
    assert people[companion[0]] == (companion[1], False)
    assert people[principal][1] is True


# `U.S. Special Envoy for North Korean Human Rights Issues X`: a country after the portfolio's `for` is its subject;
# the holder's side is the one before it.
@pytest.mark.parametrize(("text", "published", "person"), [
    ("KYIV, Oct. 5 (Reuters) -- U.S. Special Representative for Ukraine's Economic Recovery Penny Pritzker met "
     "Ukrainian Prime Minister Denys Shmyhal in Kyiv on Thursday.", "2023-10-05", ("Penny Pritzker", "USA")),
    ("JAKARTA, April 18 (Yonhap) -- U.S. Special Representative for North Korea Sung Kim held talks with South "
     "Korea's Special Representative for Korean Peninsula Peace and Security Affairs Kim Gunn in Jakarta on "
     "Tuesday.", "2023-04-18", ("Sung Kim", "USA")),
])
def test_a_country_in_the_portfolio_is_not_the_holders(text: str, published: str, person: tuple[str, str]) -> None:
    assert _people(text, "en", published)[person[0]][0] == person[1]


# `A led the Indian side in talks with B`, `A headed the South Korean delegation at the meeting with B`: the talks
# are held, A and B meet.
@pytest.mark.parametrize(("text", "published", "pair"), [
    ("NEW DELHI, Dec. 5 (PTI) -- External Affairs Minister S. Jaishankar led the Indian side in talks with German "
     "Foreign Minister Annalena Baerbock in New Delhi on Monday.", "2022-12-05",
     ("S. Jaishankar", "Annalena Baerbock")),
    ("WASHINGTON, Sept. 12 (Yonhap) -- First Vice Foreign Minister Kim Hong-kyun headed the South Korean delegation "
     "at the meeting with U.S. Deputy Secretary of State Kurt Campbell in Washington on Thursday.", "2024-09-13",
     ("Kim Hong-kyun", "Kurt Campbell")),
])
def test_leading_a_side_in_talks_with_someone_is_a_meeting(text: str, published: str, pair: tuple[str, str]) -> None:
    events = _held(text, "en", published)
    assert [e.type for e in events] == ["dialogue"]
    assert set(pair) <= {d.name for d in events[0].delegates}


# `a missionary held in North Korea since 2013`, `held captive`: held in detention reports no attendance.
@pytest.mark.parametrize(("text", "published", "detainee"), [
    ("MOSCOW, Jan. 30 -- U.S. Ambassador Lynne Tracy met Russian Deputy Foreign Minister Sergei Ryabkov in Moscow on "
     "Monday. Tracy pressed for the release of Paul Whelan, a former Marine held in Russia since 2018.", "2023-01-31",
     "Paul Whelan"),
    ("SEOUL, May 9 (Yonhap) -- Unification Minister Kim Yung-ho met U.N. Special Rapporteur Elizabeth Salmon in Seoul "
     "on Tuesday. Kim raised the case of Choi Chun-gil, a South Korean missionary held captive by North Korea.",
     "2023-05-10", "Choi Chun-gil"),
])
def test_someone_held_in_detention_is_no_delegate(text: str, published: str, detainee: str) -> None:
    assert detainee not in _people(text, "en", published)


# Companions never lead, and do not take the lead from the principal they accompany; people of another side joining
# (`They were joined by President X of Y`) lead their own.
@pytest.mark.parametrize(("text", "published", "heads", "companions"), [
    ("SEOUL, Nov. 9 (Yonhap) -- Defense Minister Shin Won-sik, accompanied by Joint Chiefs of Staff Chairman Kim "
     "Myung-soo, met U.S. Defense Secretary Lloyd Austin in Seoul on Monday.", "2023-11-14",
     {"Shin Won-sik", "Lloyd Austin"}, {"Kim Myung-soo"}),
    ("TOKYO, March 7 (Kyodo) -- Foreign Minister Yoko Kamikawa met Philippine Foreign Secretary Enrique Manalo in "
     "Tokyo on Monday, with Ambassador Mylene Garcia-Albano in attendance.", "2024-03-07",
     {"Yoko Kamikawa", "Enrique Manalo"}, {"Mylene Garcia-Albano"}),
    ("WASHINGTON, April 11 -- Secretary of Commerce Gina Raimondo met Japanese Economy Minister Ken Saito in "
     "Washington on Wednesday. The Japanese delegation included Vice Minister Masaaki Sato.", "2024-04-11",
     {"Gina Raimondo", "Ken Saito"}, {"Masaaki Sato"}),
])
def test_companions_never_lead(text: str, published: str, heads: set[str], companions: set[str]) -> None:
    people = _people(text, "en", published)
    assert {n for n, (_, h) in people.items() if h} == heads
    assert companions <= set(people)


@pytest.mark.parametrize(("text", "published", "person"), [
    ("SAMARKAND, April 4 -- President Emmanuel Macron met Central Asian leaders in Samarkand on Thursday. They were "
     "joined by President Shavkat Mirziyoyev of Uzbekistan.", "2025-04-04", "Shavkat Mirziyoyev"),
    ("BRUSSELS, Feb. 17 -- European Commission President Ursula von der Leyen met Kenyan President William Ruto in "
     "Brussels on Friday. They were joined by President Azali Assoumani of the Comoros.", "2023-02-17",
     "Azali Assoumani"),
])
def test_another_side_joining_leads_its_own(text: str, published: str, person: str) -> None:
    assert _people(text, "en", published)[person][1] is True


# Korean: those who sat in (`배석했다`, `각각 배석했다`, `도 참석했다`, `등이 함께했다`, `과 함께 회담에 임했다`)
# are delegates, never heads; the principals lead.
@pytest.mark.parametrize(("text", "companions"), [
    ("신원식 국방부 장관은 14일 서울에서 로이드 오스틴 미국 국방장관과 한미 국방장관회담을 가졌다. 양측에서는 조창래 "
     "국방정책실장과 일라이 래트너 미 국방부 인도태평양 안보 차관보가 각각 배석했다.", {"조창래", "일라이 래트너"}),
    ("안덕근 산업통상자원부 장관은 14일 서울에서 사이토 겐 일본 경제산업상과 회담을 가졌다. 회담에는 정인교 "
     "통상교섭본부장도 참석했다.", {"정인교"}),
    ("안덕근 산업통상자원부 장관은 14일 서울에서 사이토 겐 일본 경제산업상과 회담을 가졌다. 안 장관은 정인교 "
     "통상교섭본부장, 이승렬 산업정책실장과 함께 회담에 임했다.", {"정인교", "이승렬"}),
])
def test_korean_companions_never_lead(text: str, companions: set[str]) -> None:
    people = _people(text, "ko", "2024-05-15")
    assert companions <= set(people)
    assert not any(people[n][1] for n in companions)
    assert sum(h for _, h in people.values()) == 2


# `정인교 통상교섭본부장, 이승렬 산업정책실장과 함께`: a comma lists the next one with the one before (the same side).
@pytest.mark.parametrize(("text", "person"), [
    ("안덕근 산업통상자원부 장관은 14일 서울에서 사이토 겐 일본 경제산업상과 회담을 가졌다. 안 장관은 정인교 "
     "통상교섭본부장, 이승렬 산업정책실장과 함께 회담에 임했다.", ("이승렬", "KOR")),
    ("조태열 외교부 장관은 14일 도쿄에서 가미카와 요코 일본 외무상과 회담을 가졌다. 조 장관은 박철희 주일대사, "
     "서민정 아시아태평양국장과 함께 회담에 임했다.", ("서민정", "KOR")),
])
def test_a_comma_list_keeps_the_side(text: str, person: tuple[str, str]) -> None:
    assert _people(text, "ko", "2024-05-15")[person[0]][0] == person[1]


# `국무장관 블링컨과`, `미 국무장관 토니 블링컨과`: a title before a known official's name, with or without a country
# word; and before a meeting noun the name's last `와`/`과` is the particle (`외무상 가미카와 요코와 외교장관회담을`).
@pytest.mark.parametrize(("text", "person"), [
    ("박진 외교부 장관은 18일 워싱턴에서 국무장관 토니 블링컨과 외교장관회담을 가졌다.", ("토니 블링컨", "USA")),
    ("한덕수 국무총리는 18일 서울에서 미 국무장관 블링컨과 면담을 가졌다.", ("블링컨", "USA")),
    ("박진 외교부 장관은 18일 도쿄에서 일본 외무상 하야시 요시마사와 외교장관회담을 가졌다.",
     ("하야시 요시마사", "JPN")),
])
def test_a_title_before_a_known_officials_name(text: str, person: tuple[str, str]) -> None:
    assert _people(text, "ko", "2023-05-19")[person[0]][0] == person[1]
