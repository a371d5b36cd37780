"""Session 12 of issue 16 (deleg20ko): Korean delegate shapes from the tuning sets' Korean delegate errors (grammar2
and fresh12 first), probed with sentences written for these tests (people, places and dates of our own). Each rule
is a pattern, tested on at least two sentences that fail on the starting code."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held

CASES = [
    # Name link. `파이살 빈 파르한`: the word right after a name link (`빈`, `이븐`, `울드`) is a word of the name even
    # when Kiwi reads it as a verb (`파르` + `한`).
    ("(리야드=연합뉴스) 파이살 빈 파르한 사우디아라비아 외교장관은 8일 리야드에서 토니 블링컨 미국 국무장관과 "
     "회담했다.",
     "2023-06-09", {("파이살 빈 파르한", "SAU"), ("토니 블링컨", "USA")}),
    ("[제다=뉴시스] 파이살 빈 파르한 사우디 외교장관과 세르게이 라브로프 러시아 외무장관이 22일 제다에서 "
     "만났다.",
     "2024-09-23", {("파이살 빈 파르한", "SAU")}),
    # Misread sentence end. `일함 알리예프`: Kiwi ends a sentence at `일` + `함` (a final ending) though a proper
    # noun follows after one space; no stop, so the word is a first name and the sentence goes on.
    ("(모스크바=연합뉴스) 블라디미르 푸틴 러시아 대통령은 8일 모스크바에서 일함 알리예프 아제르바이잔 대통령과 "
     "회담했다.",
     "2024-10-09", {("블라디미르 푸틴", "RUS"), ("일함 알리예프", "AZE")}),
    # (a bracketed dateline, `[바쿠=뉴시스]`, opens the name's phrase like a parenthesised one)
    ("[바쿠=뉴시스] 일함 알리예프 아제르바이잔 대통령은 11일 바쿠에서 카심조마르트 토카예프 카자흐스탄 대통령과 "
     "회담했다.",
     "2024-06-12", {("일함 알리예프", "AZE")}),
    # Delegation's side. `북한 대표단은 X가 이끌었고`: a country's `대표단` gives its side to the one who leads it.
    ("(스톡홀름=연합뉴스) 북한과 미국이 5일 스웨덴 스톡홀름에서 실무협상을 했다. 북한 대표단은 김명길 순회대사가 "
     "이끌었고, 미국 대표단은 스티븐 비건 대북특별대표가 이끌었다.",
     "2019-10-06", {("김명길", "PRK"), ("스티븐 비건", "USA")}),
    ("[이스탄불=뉴시스] 러시아와 우크라이나가 29일 이스탄불 돌마바흐체 궁전에서 평화 협상을 했다. 러시아 대표단은 "
     "블라디미르 메딘스키 대통령 보좌관이 이끌었다.",
     "2022-03-30", {("블라디미르 메딘스키", "RUS")}),
    # A body's side. `EU 측에서는 X가`, `AU 측에서는 Y가`: a regional body before `측` sets the side of the names after
    # it, as a country does (they took the other side's country).
    ("(뉴델리=연합뉴스) 유럽연합(EU)과 인도가 28일 뉴델리에서 무역기술위원회 회의를 열었다. 인도 측에서는 피유시 "
     "고얄 상공장관이, EU 측에서는 마로시 셰프초비치 통상 담당 집행위원이 참석했다.",
     "2025-03-01", {("피유시 고얄", "IND"), ("마로시 셰프초비치", "EU")}),
    ("(아디스아바바=연합뉴스) 아프리카연합(AU)과 유럽연합(EU)이 9일 아디스아바바에서 장관급 회의를 열었다. AU "
     "측에서는 무사 파키 마하마트 집행위원장이, EU 측에서는 요제프 보렐 외교안보 고위대표가 대표로 참석했다.",
     "2024-02-10", {("무사 파키 마하마트", "AU")}),
    # Regnal number. `압둘라 2세 요르단 국왕`: `N세` right after a monarch's name is part of the name, not of the title.
    ("(서울=연합뉴스) 윤석열 대통령은 24일 서울에서 압둘라 2세 요르단 국왕과 정상회담을 했다.",
     "2024-04-25", {("압둘라 2세", "JOR")}),
    ("(마드리드=연합뉴스) 펠리페 6세 스페인 국왕은 3일 마드리드에서 루이스 라카예 포우 우루과이 대통령과 회담했다.",
     "2024-12-04", {("펠리페 6세", "ESP")}),
    ("(오슬로=연합뉴스) 하랄 5세 노르웨이 국왕은 3일 오슬로에서 알렉산더르 스투브 핀란드 대통령과 만났다.",
     "2024-12-04", {("하랄 5세", "NOR")}),
    # Word opening with an ending. `가미카와 요코 일본 외무상,`: Kiwi reads `요코` as `요` (an ending) + `코`; a word
    # never opens with an ending, so it is no verb form and the name keeps it.
    ("(부산=연합뉴스) 박진 외교부 장관은 26일 부산에서 가미카와 요코 일본 외무상, 왕이 중국 외교부장과 한일중 "
     "외교장관회의를 했다.",
     "2023-11-27", {("가미카와 요코", "JPN"), ("왕이", "CHN")}),
    ("(도쿄=연합뉴스) 조태열 외교부 장관은 5일 도쿄에서 가미카와 요코 일본 외무상과 회담했다.",
     "2024-03-06", {("가미카와 요코", "JPN")}),
    # Misread subject particle. `다니엘 오르테가 니카라과 대통령`: a proper noun Kiwi ends with `가` right before the
    # country, after a first name, is the last name word.
    ("(마나과=연합뉴스) 다니엘 오르테가 니카라과 대통령은 9일 마나과에서 미겔 디아스카넬 쿠바 대통령과 "
     "회담했다.",
     "2023-01-10", {("다니엘 오르테가", "NIC")}),
    ("(모스크바=연합뉴스) 블라디미르 푸틴 러시아 대통령은 25일 모스크바에서 다니엘 오르테가 니카라과 대통령과 "
     "통화했다.",
     "2023-06-26", {("다니엘 오르테가", "NIC")}),
    # A city as a first name. `▲리야드 알말리키 팔레스타인 외무장관`: on a list item, a city's name opening the line
    # before a proper-noun word and a country is the name's first word (`리야드`, Riyad).
    ("[모스크바=뉴시스] 세르게이 라브로프 러시아 외무장관은 21일 모스크바에서 아랍·이슬람 장관급 대표단을 만났다. "
     "대표단 명단은 다음과 같다.\n\n▲리야드 알말리키 팔레스타인 외무장관\n▲사메 슈크리 이집트 외무장관\n",
     "2023-11-22", {("리야드 알말리키", "PSE"), ("사메 슈크리", "EGY")}),
    ("[파리=뉴시스] 에마뉘엘 마크롱 프랑스 대통령은 22일 파리 엘리제궁에서 아랍·이슬람 장관급 대표단을 만났다. "
     "참석자 명단은 다음과 같다.\n\n▲아이만 사파디 요르단 부총리 겸 외교장관\n▲리야드 알말리키 팔레스타인 "
     "외무장관\n",
     "2023-11-23", {("리야드 알말리키", "PSE")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_korean_delegates(text: str, published: str, expected: set[tuple[str, str]]) -> None:
    people = {(p.name, p.country) for e in held(text, "ko", published) if e.type == "dialogue" for p in e.delegates}
    assert expected <= people
