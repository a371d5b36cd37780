"""Round 26 (dt32): delegate shapes from the errors of the two new batteries (grammar10, grammar11), probed with
sentences written for these tests (real meetings, our own wording). Each rule is a pattern, tested on at least two
sentences."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held

KO_CASES = [
    # Wrong side. `왕이 외교부장`: a ministry with `장` written on it is the Chinese title 部长 (Korea's ministers are
    # `장관`), so the Korean foreign ministry's side is not the person's; the officials list gives China.
    ("박진 외교부 장관은 9일 칭다오에서 왕이 외교부장과 회담했다.", "2022-08-10", {("왕이", "CHN")}),
    ("정의용 외교부 장관은 3일 샤먼에서 왕이 외교부장과 외교장관회담을 가졌다.", "2021-04-04", {("왕이", "CHN")}),
]

# Missed official. `로이드 J. 오스틴 3세`, `페르디난드 R. 마르코스 주니어`: a Latin middle initial and a generational
# suffix written in Hangul are left out when the name is looked up in the officials list (side and English name).
KO_OFFICIALS = [
    ("신원식 국방부 장관은 2일 싱가포르에서 로이드 J. 오스틴 3세 국방장관과 회담했다.", "2024-06-03",
     ("로이드 J. 오스틴 3세", "USA", "lloyd-austin")),
    ("윤석열 대통령은 7일 마닐라에서 페르디난드 R. 마르코스 주니어 대통령과 정상회담을 가졌다.", "2024-10-08",
     ("페르디난드 R. 마르코스 주니어", "PHL", "ferdinand-marcos-jr")),
]

EN_CASES = [
    # Wrong name. `Prime Minister Fumio Kishida's message`: a model's span that keeps the possessive gives no full
    # name with it for the bare family name later (`met Kishida`).
    ("MOSCOW (AP) — That was Chinese leader Xi Jinping's pledge in the Kremlin on Tuesday. Russian President "
     "Vladimir Putin met Xi for more than four hours.", "2023-03-22",
     {("Xi Jinping", "CHN", None)}, {"Xi Jinping's"}),
    ("WASHINGTON (AP) — That was South Korean leader Yoon Suk Yeol's pledge on Wednesday. President Joe Biden met "
     "Yoon at the White House for two hours.", "2023-04-27",
     {("Yoon Suk Yeol", "KOR", None)}, {"Yoon Suk Yeol's"}),
    # Wrong side and title. `China's ministry defended its handling of Secretary of State X`: a common noun's `of`
    # ends the phrase before the person's title; the country before it is not the person's.
    ("(Bloomberg) -- China's Commerce Ministry defends its handling of Commerce Secretary Gina Raimondo's visit, "
     "in which she held talks with Commerce Minister Wang Wentao in Beijing on Monday.", "2023-08-29",
     {("Gina Raimondo", "USA", "Commerce Secretary")}, set()),
    ("(Reuters) -- Japan's government welcomes the remarks of Treasury Secretary Janet Yellen, who held talks with "
     "Finance Minister Shunichi Suzuki in Tokyo on Tuesday.", "2024-04-17",
     {("Janet Yellen", "USA", "Treasury Secretary")}, set()),
]


@pytest.mark.parametrize(("text", "published", "expected"), KO_CASES)
def test_korean_delegates(text: str, published: str, expected: set[tuple[str, str]]) -> None:
    people = {(p.name, p.country) for e in held(text, "ko", published) for p in e.delegates}
    assert expected <= people


@pytest.mark.parametrize(("text", "published", "expected"), KO_OFFICIALS)
def test_korean_officials(text: str, published: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(p.name, p.country, p.person_id) for e in held(text, "ko", published) for p in e.delegates}


@pytest.mark.parametrize(("text", "published", "expected", "absent"), EN_CASES)
def test_english_delegates(text: str, published: str, expected: set[tuple[str, str, str | None]],
                           absent: set[str]) -> None:
    """(name, country, role); a role of None is not checked."""
    people = [p for e in held(text, "en", published) for p in e.delegates]
    got = {(p.name, p.country, role and p.role) for p in people for _, _, role in expected}
    assert expected <= got
    assert not absent & {p.name for p in people}


# Missed topic. `the Democratic People's Republic of Korea's continued provocations`: North Korea by its official
# name is North Korea's topic (Korean `조선민주주의인민공화국` already is).
TOPIC_CASES = [
    ("Secretary of Defense Lloyd J. Austin III held a video call today with PRC Minister of National Defense Dong "
     "Jun. The two discussed the Democratic People's Republic of Korea's continued provocations.", "2024-04-17"),
    ("Secretary of State Antony Blinken met Russian Foreign Minister Sergey Lavrov in Stockholm on Thursday. The two "
     "discussed the Democratic People’s Republic of Korea’s nuclear program.", "2021-12-03"),
]


@pytest.mark.parametrize(("text", "published"), TOPIC_CASES)
def test_official_name_of_north_korea(text: str, published: str) -> None:
    assert "north_korea" in {c.topic for e in held(text, "en", published) for c in e.commitments}
