"""Generalisation round 8, Korean events: the predicates and event nouns of meetings, signings and launches
that Korean ministries write, and the dates they are held on; each rule on sentences written for these
tests (people, countries and dates not in the corpus)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _types(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in _held(text, "ko", published)]


# `X 장관을 만나 …을 논의했다`: `만나` is `만나`+`-아` in one token (or Kiwi drops the `-아`); it is a
# predicate like `만났다`, not a noun.
def test_met_with_the_connective_merged_into_the_stem() -> None:
    text = "국방부 차관은 19일 오전 국방부 청사에서 폴란드 국방차관을 만나 방산협력 방안을 논의하였다."
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-19")]
    text = "이 장관은 19일 방한 중인 케냐 외교장관을 만나 양국 간 협력 확대 방안을 논의하였다."
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-19")]
    text = ("통상교섭본부장은 18일 제네바에서 응고지 오콘조이웨알라 WTO 사무총장을 만나 "
            "수산보조금 협상 동향을 논의하였다.")
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-18")]
    # Staff met `also` (`관계자들과도 만나`) are no delegation.
    text = ("□ 장관은 19일 오타와에서 캐나다 천연자원부 장관과 회담을 가졌다.\n"
            "※ 장관은 방문 기간 중 현지 진출 기업 관계자들과도 만나 애로사항을 청취하였다.")
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-19")]


# `회동했다`, `약식 회동을 갖고`, `상견례를 가졌다`: a meeting by other names; `협약을 맺었다`: concluded.
def test_other_words_for_a_meeting_and_a_signing() -> None:
    text = "정 장관은 19일 서울 롯데호텔에서 라파엘 그로시 IAEA 사무총장과 회동했다."
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-19")]
    text = "양국 외교장관은 19일 제네바에서 약식 회동을 갖고 북한 문제를 협의했다."
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-19")]
    text = "신임 주한 인도대사는 18일 외교부 제1차관과 상견례를 가졌다."
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-18")]
    text = "한국수자원공사는 19일 베트남 천연자원환경부와 물관리 협력 업무협약(MOU)을 맺었다."
    assert _types(text, "2024-11-20") == [("agreement", "2024-11-19")]
    text = "양국은 19일 하노이에서 한-베트남 해양협력 약정을 맺고 공동 연구를 추진하기로 했다."
    assert _types(text, "2024-11-20") == [("agreement", "2024-11-19")]
    # Relations established (`수교를 맺은`, `관계를 맺어`) are no document.
    text = "양국은 1992년 외교관계를 맺은 이후 교역을 꾸준히 확대해 왔다."
    assert _types(text, "2024-11-20") == []


# `X 출범식이 19일 … 열렸다`, `X 발족식을 개최했다`, `X 출범 행사를 가졌다`: a ceremony held for an opening
# launches X, named by the noun phrase before the ceremony word (quoted or not).
def test_a_launch_ceremony_held_launches_what_it_names() -> None:
    held = _held("한-중앙아시아 핵심광물 대화 출범식이 19일 타슈켄트에서 열렸다.", "ko", "2024-11-20")
    assert [(e.type, e.date, e.name) for e in held] == [("launch", "2024-11-19", "한-중앙아시아 핵심광물 대화")]
    held = _held("한-폴란드 방산협력센터 개소식이 19일 바르샤바에서 개최됐다.", "ko", "2024-11-20")
    assert [(e.type, e.name) for e in held] == [("launch", "한-폴란드 방산협력센터")]
    held = _held("양국 산업부는 19일 리야드에서 한-사우디 수소협력 네트워크 발족식을 개최했다.", "ko", "2024-11-20")
    assert [(e.type, e.name) for e in held] == [("launch", "한-사우디 수소협력 네트워크")]
    held = _held("외교부는 19일 한-태평양도서국 기후협력 이니셔티브 출범 행사를 가졌다.", "ko", "2024-11-20")
    assert [(e.type, e.name) for e in held] == [("launch", "한-태평양도서국 기후협력 이니셔티브")]


# `회담 후 'X 대화'를 출범시켰다` (at another meeting) launches the dialogue as a body; `X 대화를 출범했다` alone,
# `제1차 X 대화를 출범시켰다` and `X 대화 출범회의를 개최` are its first meeting (records.md rule 2);
# `X 연합 출범 회의` launches the coalition.
def test_a_dialogue_launched_and_its_first_meeting() -> None:
    held = _held("양국 정상은 19일 회담 후 '한-인도네시아 핵심광물 대화'를 출범시켰다.", "ko", "2024-11-20")
    assert ("launch", "한-인도네시아 핵심광물 대화") in [(e.type, e.name) for e in held]
    held = _held("한국과 노르웨이는 19일 오슬로에서 '제1차 한-노르웨이 해양대화'를 출범시켰다.", "ko", "2024-11-20")
    assert [(e.type, e.ordinal) for e in held] == [("dialogue", 1)]
    held = _held("한국과 칠레는 19일 산티아고에서 한-칠레 핵심광물 대화를 출범했다.", "ko", "2024-11-20")
    assert [(e.type, e.ordinal) for e in held] == [("dialogue", 1)]  # not at another meeting: its first
    text = "양국 외교부는 19일 서울에서 「한-캐나다 경제안보 대화(EESD)」 출범회의를 개최하였다."
    held = _held(text, "ko", "2024-11-20")
    assert [(e.type, e.ordinal) for e in held] == [("dialogue", 1)]
    held = _held("한국, 캐나다, 칠레는 19일 제네바에서 '백신 공급망 연합' 출범 회의를 개최했다.", "ko", "2024-11-20")
    assert [(e.type, e.name) for e in held] == [("launch", "백신 공급망 연합")]


# The head of an international organisation met (`WTO 사무총장`, `IMF 총재`, `EU 집행위원`) is a diplomatic actor:
# the meeting stays even when no country is named.
def test_a_meeting_with_the_head_of_an_organisation() -> None:
    text = "김 본부장은 19일 제네바에서 WTO 사무총장을 면담했다."
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-19")]
    text = "최 부총리는 18일 워싱턴에서 IMF 총재를 면담하고 세계경제 동향을 논의했다."
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-18")]


# Issue 16, kind 1: press-release date shorthand (`11.18일(월)`, `11.19.(화)`, `11.18~19`, `'23.11월`).
def test_press_release_date_shorthand() -> None:
    text = "외교부 제2차관은 11.18일(월) 서울에서 칠레 외교차관과 제4차 한-칠레 정책협의회를 개최하였다."
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-18")]
    text = "산업부 차관은 11.19.(화) 리마에서 페루 생산부 차관과 제3차 한-페루 산업협력위원회를 열었다."
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-19")]
    text = ("양국은 '23.11월 헬싱키에서 제1차 한-핀란드 기술대화를 가진 바 있다. 제2차 한-핀란드 기술대화는 "
            "11.18~19 서울에서 열렸다.")
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-18")]


# Issue 16, kind 2: predicates (개최, 열다, 갖다, 만나다, 참석, 출범, 서명, 체결, 진행) with event nouns never seen
# (정책협의회, 이사회, 간담회, 협의, 포럼, 협의체).
def test_predicates_and_event_nouns_not_in_any_gazetteer() -> None:
    cases = [
        ("조 차관은 19일 아부다비에서 열린 국제재생에너지기구(IRENA) 이사회에 참석하였다.", "dialogue"),
        ("안 본부장은 19일 서울에서 한-모로코 경제동반자협정(EPA) 협상 개시 공동선언문에 서명하였다.", "agreement"),
        ("양국은 19일 라바트에서 '한-모로코 수소협력 양해각서'를 체결하였다.", "agreement"),
        ("한국과 아세안은 19일 자카르타에서 '한-아세안 해양협력 협의체'를 출범했다.", "launch"),
        ("외교부는 19일 서울에서 유럽 주요국 주한대사들과 간담회를 가졌다.", "dialogue"),
        ("양측은 19일 화상으로 한-뉴질랜드 공급망 협의를 진행했다.", "dialogue"),
        ("한-노르딕 미래포럼이 19일 스톡홀름에서 개최되었다.", "dialogue"),
    ]
    for text, etype in cases:
        assert _types(text, "2024-11-20") == [(etype, "2024-11-19")], text


# Issue 16, kinds 3 and 5: a partnership launched at a summit is its own event beside it; a meeting held on a
# stated day is held although an earlier round is recalled; `오늘` is the publication day.
def test_a_launch_beside_a_meeting_and_held_against_recalled() -> None:
    text = "양국 정상은 19일 자카르타에서 정상회담을 갖고, 「한-인도네시아 청정에너지 파트너십」을 출범시켰다."
    assert sorted(_types(text, "2024-11-20")) == [("dialogue", "2024-11-19"), ("launch", "2024-11-19")]
    text = ("지난 3월 제1차 회의에 이어 열린 이번 회의에서 양측은 협력 현황을 점검하였다. 양국은 2024년 11월 19일 "
            "서울에서 제2차 한-포르투갈 경제공동위원회를 개최했다.")
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-19")]
    text = "외교부 장관은 오늘 오후 서울에서 방한 중인 스위스 외교장관과 회담을 가졌다."
    assert _types(text, "2024-11-20") == [("dialogue", "2024-11-20")]


# `이날`, `that day`: the day of the events reported before it, not a day named in passing (`지난 5일 재선된 지`,
# `지난 7일 통화를 한 바 있다`) between them.
def test_that_day_is_the_day_of_the_events_reported() -> None:
    text = ("□ 대통령은 14일 오후 나이로비에서 윌리엄 루토 케냐 대통령과 정상회담을 했다. 루토 대통령이 지난 5일 "
            "재선된 지 9일 만이다. 두 정상은 지난 7일 첫 통화를 한 바 있다.\n"
            "□ 대통령은 이날 저녁 모세스 웨탕울라 케냐 국회의장과 면담하고 의회 교류를 논의했다.")
    assert sorted({d for _, d in _types(text, "2024-11-15")}) == ["2024-11-14"]
    text = ("장관은 18일 하노이에서 베트남 산업무역부 장관과 회담했다. 양국은 지난 11일 서울에서 국장급 협의를 "
            "개최한 바 있다. 장관은 이날 오후 팜 민 찐 베트남 총리를 예방했다.")
    assert [d for _, d in _types(text, "2024-11-19")] == ["2024-11-18", "2024-11-18"]


# `협의를 개최한 바 있다`: the trigger's own `-ㄴ 바 있다` recalls an earlier event, as a sentence-final one does.
def test_a_trigger_in_the_recollection_form_is_mentioned() -> None:
    assert _types("양국은 지난 11일 서울에서 국장급 협의를 개최한 바 있다.", "2024-11-19") == []
    assert _types("두 장관은 지난 12일 화상으로 통화를 가진 바가 있다.", "2024-11-19") == []


# `1884.6.26.`, `1882년 5월 22일`: a day in history is a date, so a treaty signed then is referred to, not held.
def test_a_day_in_history_is_a_date() -> None:
    text = "□ 양 장관은 수교 140주년을 기념하였다.\n1884.6.26. 조-이탈리아 수호통상조약 체결\n"
    assert _types(text, "2024-06-27") == []
    text = "양국 관계는 1882년 5월 22일 조-미 수호통상조약이 체결되면서 시작되었다."
    assert _types(text, "2024-06-27") == []
