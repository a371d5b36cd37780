"""Delegates, round 33: the people at a signing ceremony, and a posting before a title. Sentences written for these
tests (none is a corpus document or a grid cell), each failing before round 33's rules (at 6d789d2) unless marked a
guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


def _by_type(text: str, lang: str, published: str) -> dict[str, dict[str, tuple[str | None, bool]]]:
    """Each held event type's delegates: name -> (country, head)."""
    out: dict[str, dict[str, tuple[str | None, bool]]] = {}
    for e in held(text, lang, published):
        out.setdefault(e.type, {}).update({d.name: (d.country, d.head) for d in e.delegates})
    return out


# `캐서린 레이퍼 주한 호주대사`: `주한` (resident in Korea), `주미`, `주인도` open the title after a name; never a
# syllable of the name.
@pytest.mark.parametrize(("text", "published", "name", "country"), [
    ("외교부는 9일 서울에서 한-페루 외교장관회담을 개최하고 「외교관 및 관용여권 사증면제 협정」에 서명했다.\n"
     "서명식에는 페루 측에서 호세 라울 가르시아 주한 페루대사가 배석했다.", "2024-06-10", "호세 라울 가르시아", "PER"),
    ("조태열 외교부 장관은 20일 서울에서 아마르 바야르사이한 주한 몽골대사를 접견하고 희소금속 공급망 협력 방안을 "
     "논의했다.", "2024-06-21", "아마르 바야르사이한", "MNG"),
])
def test_a_posting_opens_the_title_after_a_name(text: str, published: str, name: str, country: str) -> None:
    people = {n: v for ds in _by_type(text, "ko", published).values() for n, v in ds.items()}
    assert people.get(name, (None, False))[0] == country, people
    assert not any("주한" in n for n in people)


# `이날 서명식에는 A와 B 등이 참석했다`, `Attending the signing ceremony were A and B`, `The signing was witnessed by
# A`: the ceremony is the scene they attended; they are the signing's people (told before, unnamed here), not the
# meeting's, and beside a signer of their own side they do not lead.
@pytest.mark.parametrize(("text", "lang", "published", "attendee", "signer"), [
    ("산업통상자원부는 4일 서울 롯데호텔에서 한-호주 자원장관회담을 열고 「핵심광물 공급망 협력 양해각서」를 "
     "체결했다고 밝혔다.\n이날 서명식에는 산업부 최남호 제2차관과 캐서린 레이퍼 주한 호주대사 등이 참석했다.", "ko",
     "2024-06-10", ("캐서린 레이퍼", "AUS", True), None),
    ("안덕근 산업통상자원부 장관은 11일 서울에서 마다브 파테리 뉴질랜드 통상장관과 통상장관회담을 갖고 「핵심광물 협력 "
     "양해각서」에 서명했다.\n이날 서명식에는 양국 관계자들과 필립 터너 주한 뉴질랜드대사가 참석했다.", "ko",
     "2024-06-12", ("필립 터너", "NZL", False), "마다브 파테리"),
    ("Trade Minister Mary Ng met Indonesian Trade Minister Zulkifli Hasan in Jakarta on Tuesday, and the two "
     "ministers signed a memorandum of understanding on critical minerals. Canadian Ambassador Jess Dutton and "
     "Indonesian Deputy Minister Djatmiko Bris Witjaksono attended the signing ceremony.", "en", "2024-05-22",
     ("Jess Dutton", "CAN", False), "Mary Ng"),
    ("Trade Minister Mary Ng met Indonesian Trade Minister Zulkifli Hasan in Jakarta on Tuesday, and the two "
     "ministers signed a memorandum of understanding on critical minerals. Also present at the signing were "
     "Canadian Ambassador Jess Dutton and Indonesian Deputy Minister Djatmiko Bris Witjaksono.", "en", "2024-05-22",
     ("Djatmiko Bris Witjaksono", "IDN", False), "Zulkifli Hasan"),
    ("Foreign Minister Penny Wong held talks with Philippine Foreign Secretary Enrique Manalo in Manila on May 18 and "
     "signed a maritime cooperation arrangement. The signing was witnessed by Australian Ambassador HK Yu.", "en",
     "2024-05-22", ("HK Yu", "AUS", False), "Penny Wong"),
])
def test_the_people_at_a_signing_ceremony_are_the_signings(text: str, lang: str, published: str,
                                                             attendee: tuple[str, str, bool],
                                                             signer: str | None) -> None:
    got = _by_type(text, lang, published)
    name, country, head = attendee
    assert len(held(text, lang, published)) == 2  # the meeting and one signing: no second signing
    assert got["agreement"].get(name) == (country, head), got
    assert name not in got.get("dialogue", {})
    if signer is not None:
        assert got["agreement"][signer][1] is True


# Guards (passed before): a ceremony told as ahead names no signing; a ceremony of no signing is no event.
@pytest.mark.parametrize(("text", "lang", "published", "types"), [
    ("외교부는 3일 서울에서 한-칠레 외교장관회담을 개최했다. 양측은 서명식을 다음 달 산티아고에서 열기로 했다.", "ko",
     "2024-06-04", ["dialogue"]),
    ("Prime Minister Fumio Kishida met Mongolian President Ukhnaa Khurelsukh in Tokyo on Nov. 29. Foreign Minister "
     "Yoko Kamikawa attended the welcome ceremony.", "en", "2023-11-30", ["dialogue"]),
])
def test_a_ceremony_ahead_or_of_no_signing_adds_no_signing(text: str, lang: str, published: str,
                                                           types: list[str]) -> None:
    assert sorted(e.type for e in held(text, lang, published)) == types


# `이번 회담은 같은 날 오전 A와 B 간 정상회담에서 합의한 X를 … 진행되었다`: a meeting as the setting of a clause
# that modifies another noun is referred to, not held again by the sentence's predicate, and its people are not the
# sentence's meeting's. (The first passed before: its past month already kept the summit referred to.)
@pytest.mark.parametrize(("text", "published", "present", "absent"), [
    ("기획재정부는 19일 도쿄에서 최상목 부총리와 스즈키 슌이치 일본 재무상이 한일 재무장관회의를 개최했다고 밝혔다.\n"
     "이번 회의는 지난해 3월 양국 정상회담에서 합의한 셔틀 외교 복원의 후속 조치로 열렸다.", "2024-06-20",
     "스즈키 슌이치", None),
    ("외교부는 5일 서울에서 강인선 제2차관이 호세 마누엘 알바레스 스페인 외교장관 특사와 면담했다고 밝혔다.\n"
     "이번 면담은 같은 날 오전 한덕수 국무총리와 페드로 산체스 총리 간 통화에서 합의한 협력 방안을 구체화하기 위해 "
     "진행됐다.", "2024-06-05", "호세 마누엘 알바레스", "페드로 산체스"),
])
def test_a_meeting_setting_a_modifying_clause_is_not_held_again(text: str, published: str, present: str,
                                                                  absent: str | None) -> None:
    events = held(text, "ko", published)
    assert len(events) == 1, [(e.type, e.date, e.name) for e in events]
    names = {d.name for d in events[0].delegates}
    assert present in names and (absent is None or absent not in names), names


# `Foreign Minister IWAYA Takeshi` then a line `Tuesday, March 25, 2025`, `KAMIKAWA Yoko Tuesday met …`: a name in the
# Japanese order (family name in capitals) ends at a line break and before a weekday or month.
@pytest.mark.parametrize(("text", "published", "name"), [
    ("Press Conference by Foreign Minister IWAYA Takeshi\n\nWednesday, December 25, 2024\n\nForeign Minister IWAYA "
     "met Chinese Foreign Minister Wang Yi in Beijing on December 25.", "2024-12-26", "IWAYA Takeshi"),
    ("Minister for Foreign Affairs KAMIKAWA Yoko Tuesday met Secretary of State Antony Blinken in Tokyo.",
     "2023-11-08", "KAMIKAWA Yoko"),
])
def test_a_japanese_order_name_ends_before_a_line_break_or_a_weekday(text: str, published: str, name: str) -> None:
    names = {n for ds in _by_type(text, "en", published).values() for n in ds}
    assert name in names and not any("day" in n for n in names), names


# `Foreign Minister Cho Tae-yul met …`, then `On Thursday, Cho had a working breakfast with …`: a person named
# without a title where they attend holds the one title said with their name elsewhere in the text.
@pytest.mark.parametrize(("text", "lang", "published", "name", "role"), [
    ("SEOUL, Nov. 10 (Yonhap) -- Foreign Minister Park Jin met Secretary of State Antony Blinken in Seoul on "
     "Thursday. On Friday, Park had a working lunch with Japanese Foreign Minister Yoko Kamikawa.", "en",
     "2023-11-10", "Park Jin", "Foreign Minister"),
    ("BRASILIA, Feb. 22 (AP) -- Treasury Secretary Janet Yellen met Brazilian Finance Minister Fernando Haddad in "
     "Sao Paulo on Tuesday. The next day, Yellen held talks with Argentine Economy Minister Luis Caputo.", "en",
     "2024-02-22", "Janet Yellen", "Treasury Secretary"),
])
def test_a_bare_name_holds_the_title_said_elsewhere(text: str, lang: str, published: str, name: str,
                                                    role: str) -> None:
    roles = {d.role for e in held(text, lang, published) for d in e.delegates if d.name == name}
    assert roles == {role}, roles
