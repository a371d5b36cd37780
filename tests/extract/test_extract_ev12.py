"""Round 11 of issue 16, event recall and precision: rules read from the tuning sets' misses (fresh7 first), each
stated as a pattern and tested on sentences written for these tests (people, places and dates of our own)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import extracted as _extracted
from tests.extract.sentences import held as _held


def _of(events: list[EventRecord], kind: str) -> list[EventRecord]:
    return [e for e in events if e.type == kind]


# Merged into another event of the day. `6. Prior to the consultations, the leaders held a short bilateral meeting`:
# an ordering opener (`Prior to/After/Following the <meeting noun>,`) says another meeting of the day, also after a
# paragraph number and with `consultations`, `conference`, `forum` or `signing` as the meeting it is ordered against.
def test_an_ordering_opener_after_a_paragraph_number_is_another_meeting() -> None:
    text = ("Rome, 12 May 2025\n1. Prime Minister Luca Bianchi and President Ana Silva of Portugal co-chaired the "
            "fourth Italy-Portugal Intergovernmental Consultations in Rome on 12 May.\n2. Prior to the "
            "consultations, the two leaders held a brief bilateral meeting.")
    assert len(_of(_held(text, "en", "2025-05-12"), "dialogue")) == 2
    text = ("Lima, 3 June 2025\n(i) Minister Paula Ruiz of Peru and Minister Jonas Berg of Norway signed "
            "the Peru-Norway Agreement on Fisheries Research in Lima today.\n(ii) Following the signing, the "
            "ministers held talks on ocean observation.")
    held = _held(text, "en", "2025-06-03")
    assert len(_of(held, "dialogue")) == 1 and len(_of(held, "agreement")) == 1


# Wrong date. `the Summit held in New Delhi on 9-10 September 2023`, `from 25 to 27 May`: a span of days in one
# month (day-day month) is dated by its first day, not its last.
def test_a_span_of_days_before_the_month_is_its_first_day() -> None:
    text = ("The Prime Minister of Norway, Ola Berg, paid an official visit to Canada on 4 October 2024, after taking "
            "part in the Arctic Council Ministerial Meeting held in Ottawa on 2-3 October 2024.")
    dates = {e.name: e.date for e in _extracted(text, "en", "2024-10-04")}
    assert dates["Arctic Council Ministerial Meeting"] == "2024-10-02"
    text = "The Pacific Islands Forum Leaders Meeting took place in Apia from 21 to 23 August 2025."
    assert [e.date for e in _held(text, "en", "2025-08-25")] == ["2025-08-21"]


# False event (the headline's document counted again). A head noun after its verb grows no name to the left over
# that verb (`… Signs Hydrogen MOU`), and a document's name runs on over `on`/`for` + capitalised words with articles
# between them (`Memorandum of Understanding on Establishing a Hydrogen Supply Chain`), so the headline's `Hydrogen
# MOU` and the body's memorandum share a word and are one signing.
def test_a_headline_signing_verb_is_not_part_of_the_name() -> None:
    text = ("Minister Kato Signs Hydrogen MOU in Canberra\nCANBERRA, 3 March - Japanese Minister Kato Ren and "
            "Australian Minister Sarah Lee signed a Memorandum of Understanding on Establishing a Hydrogen Supply "
            "Chain Partnership today in Canberra.")
    held = _of(_held(text, "en", "2025-03-03"), "agreement")
    assert len(held) == 1
    assert held[0].name == "Memorandum of Understanding on Establishing a Hydrogen Supply Chain Partnership"
    text = ("Commerce Secretary Relaunches Trade Council, Signs Battery Arrangement\nThe Secretary and Minister Eva "
            "Novak of Slovenia signed an Arrangement for the Battery Recycling Programme on Monday.")
    held = _of(_held(text, "en", "2025-06-10"), "agreement")
    assert [e.name for e in held] == ["Arrangement for the Battery Recycling Programme"]


# Not detected. `엘레나 로하스 페루 에너지광업부 장관을 만나 …`: Kiwi merges a verb with its connective ending
# (`만나` = 만나 + 아, tagged VV+EC); the merged trigger is a main predicate like `만나서`, not a noun.
def test_a_verb_merged_with_its_ending_reports_the_meeting() -> None:
    text = ("□ 정민호 외교부 장관은 3.12.(수) 리마에서 카를로스 멘도사 페루 외교장관과 회담을 가졌다.\n"
            "□ 이어 정 장관은 엘레나 로하스(Elena Rojas) 페루 에너지광업부 장관을 만나 "
            "리튬 공급망 협력 방안을 논의하였다.")
    assert len(_of(_held(text, "ko", "2025-03-12"), "dialogue")) == 2
    text = "오세훈 국토교통부 장관은 22일 카이로에서 아흐메드 사미르 이집트 교통부 장관을 만나 철도 협력을 논의했다."
    assert [e.date for e in _held(text, "ko", "2025-06-23")] == ["2025-06-22"]


# Held read as mentioned, and not detected: staff met `관계자들과도 만나` (also with) are no counterparts, like
# `관계자들과 만나`.
def test_staff_met_also_are_no_meeting() -> None:
    text = "※ 장관은 방문 기간 중 현지 진출 기업 관계자들과도 만나 애로사항을 청취하였음"
    assert _of(_extracted(text, "ko", "2025-04-20"), "dialogue") == []
    text = "※ 차관은 출장 중 현지 동포들과도 만났다."
    assert _of(_extracted(text, "ko", "2025-04-20"), "dialogue") == []


# Not detected. A signing ceremony is a signing by the predicate of its clause, also when words stand between
# (`서명식이 양 정상 임석하에 개최되었습니다`), not only within three tokens; a counted set is named with `여`
# (`양해각서(MOU) 20여건 교환식`).
def test_a_signing_ceremony_held_a_few_words_later_is_a_signing() -> None:
    text = ("2. 정상회담 (4.2.(수) 오후, 대통령궁)\n - 정상회담 후 에너지, 해운 등 분야의 양해각서 서명식이 "
            "양국 정상 임석하에 개최되었습니다.")
    held = _of(_held(text, "ko", "2025-04-03"), "agreement")
    assert [e.date for e in held] == ["2025-04-02"]
    text = "두 정상은 23일 회담 뒤 교통·보건·교육 등 분야의 양해각서(MOU) 20여건 교환식에 참석했다."
    held = _of(_held(text, "ko", "2025-06-24"), "agreement")
    assert [(e.name, e.date) for e in held] == [("양해각서(MOU) 20여건", "2025-06-23")]


# A false event (one document counted twice). A counted set of documents signed on a day (`양해각서 31건을
# 체결했다`) holds the single document of that day named beside it (`… 양해각서 서명식에 임석했다`).
def test_a_document_of_the_days_counted_set_is_part_of_it() -> None:
    text = ("양국은 22일 정상회담을 계기로 보건·문화 분야 양해각서 31건을 체결했다. 양 정상은 이어 "
            "국립보건원과 케냐 보건부 간 감염병 대응 양해각서 서명식에 임석했다.")
    assert len(_of(_held(text, "ko", "2025-06-23"), "agreement")) == 1
    text = ("이번 방문을 계기로 양국 기관과 기업은 7일 에너지·수산 분야에서 모두 18건의 양해각서를 체결했다. "
            "두 정상은 해양수산부와 칠레 수산청 간 양식 기술 양해각서 서명식에 함께 참석했다.")
    assert len(_of(_held(text, "ko", "2025-05-08"), "agreement")) == 1


# Held read as mentioned. `A와 B가 FTA에 서명하는 모습을 함께 지켜봤다`: the present adnominal (`-는`) of a signing
# modifying a scene noun (`모습`, `장면`) that was watched is the signing, held then; not an adnominal reference
# like `지난달 서명한 협정`.
def test_a_signing_watched_as_a_scene_is_held() -> None:
    text = ("(하노이=연합뉴스) 김민수 기자 = 두 정상은 14일 회담 직후 박선영 산업부 장관과 응우옌 반 탕 베트남 상공부 "
            "장관이 한-베트남 에너지 협력 협정에 서명하는 모습을 지켜봤다.")
    held = _of(_held(text, "ko", "2025-05-14"), "agreement")
    assert [(e.name, e.date) for e in held] == [("한-베트남 에너지 협력 협정", "2025-05-14")]
    text = ("두 정상은 정상회담을 마친 뒤 양국 외교장관이 「한-모로코 청정수소 파트너십 양해각서」를 체결하는 장면을 "
            "함께 지켜보았다.")
    assert len(_of(_held(text, "ko", "2025-10-02"), "agreement")) == 1


# Wrong date. `같은 날`/`이날` reads back the last day named before it, but not a day in a `※` note line (an aside)
# nor a day of last year (`작년 9.30일`, `지난해`).
def test_the_same_day_skips_a_note_and_last_year() -> None:
    text = ("□ 김 장관은 10.3일(금) 방콕에서 열린 「제12차 메콩-한국 외교장관회의」에 참석하였다.\n"
            " ※ 작년 9.30일 서울에서 열린 제11차 회의는 한국과 태국이 공동의장국\n"
            "□ 같은 날 김 장관은 한·일·태 외교장관회의에 참석하였다.")
    assert {e.date for e in _held(text, "ko", "2025-10-04")} == {"2025-10-03"}
    text = ("□ 최 차관은 4.8일(화) 빈에서 열린 「제5차 한-오스트리아 경제공동위」를 주재하였다. 이번 위원회는 "
            "지난해 4.5일 서울에서 합의된 협력 과제를 점검하였다.\n□ 이날 최 차관은 오스트리아 경제부 차관과 "
            "한-오스트리아 수소 협력 양해각서에 서명하였다.")
    assert {e.date for e in _held(text, "ko", "2025-04-09")} == {"2025-04-08"}


# Merged into another event of the day. Two same-day meetings whose names spell out different parties are two,
# also when one of them names a grouping (`아세안+3 재무장관회의` beside `한중일 재무장관회의`, `APEC 통상장관회의`
# beside `한-칠레-페루 통상장관회의`), not only when both name two parties or more.
def test_a_grouping_meeting_and_a_meeting_of_named_parties_are_two() -> None:
    text = ("□ 박 장관은 11.6.(목) 리마에서 열린 APEC 통상장관회의에 참석하였다.\n"
            "□ 같은 날 박 장관은 한-칠레-페루 통상장관회의를 주재하였다.")
    assert len(_held(text, "ko", "2025-11-07")) == 2
    text = ("□ 장관은 5.9일(금) 자카르타에서 열린 「제28차 아세안+3 경제장관회의」에 참석하였다.\n"
            "□ 이어 장관은 한중일 경제장관회의에 참석하여 공급망 협력을 논의하였다.")
    assert len(_held(text, "ko", "2025-05-10")) == 2


# Not detected. What `체결`/`서명` concludes is a document whatever its head noun, when its name is quoted as the
# predicate's argument (`「개별 맞춤형 파트너십 프로그램(ITPP)」이 체결되었다`); an unquoted noun needs a document
# head (`협정`, `양해각서`).
def test_a_quoted_name_concluded_is_an_agreement() -> None:
    text = ("윤 대통령은 12일 헬싱키에서 정상회담을 가졌다. 이번 회담을 계기로 한-핀란드 간 "
            "「방산 공급망 이행 프로그램」이 체결되었다.")
    held = _of(_held(text, "ko", "2025-03-13"), "agreement")
    assert [(e.name, e.date) for e in held] == [("방산 공급망 이행 프로그램", "2025-03-12")]
    text = "양국 장관은 5일 「청년 인재 교류 구상(Youth Talent Compact)」에 서명하였다."
    assert [e.name for e in _of(_held(text, "ko", "2025-03-06"), "agreement")] == [
        "청년 인재 교류 구상(Youth Talent Compact)"]


# Merged into another event of the day. Documents of different kinds signed at one occasion (`양해각서(MOU)`,
# `협력의향서(LOI)`, `협정`, `약정`) are two documents, even when their names share a word.
def test_documents_of_two_kinds_are_two_signings() -> None:
    text = ("□ 장관은 5.14.(수) 바르샤바에서 폴란드 기후환경부 장관과 면담을 갖고 원전 협력 양해각서(MOU)에 "
            "서명하였다.\n□ 같은 자리에서 한국수력원자력은 폴란드 전력공사와 원전 협력의향서(LOI)를 체결하였다.")
    assert len(_of(_held(text, "ko", "2025-05-15"), "agreement")) == 2
    text = ("양국 장관은 9일 오타와에서 핵심광물 공급망 협정에 서명하였다. 이어 양국 수출신용기관은 "
            "핵심광물 공급망 금융 약정을 체결하였다.")
    assert len(_of(_held(text, "ko", "2025-06-10"), "agreement")) == 2


# Merged into another event of the day. `Marcos later met Prime Minister X`: a person predicate after `later`,
# `subsequently` or `afterwards` is another meeting of the day, not a second mention of the talks told before.
def test_a_person_met_later_is_another_meeting() -> None:
    text = ("OSLO, June 2 (Reuters) - Brazilian President Ana Souza and Norwegian Prime Minister Jon Berg held talks "
            "on Monday. Souza later met Crown Prince Haakon Sverre, and the two discussed ocean research.")
    assert len(_of(_held(text, "en", "2025-06-03"), "dialogue")) == 2
    text = ("Secretary Mark Hale co-chaired the U.S.-Kenya Trade Dialogue in Nairobi today. He subsequently met with "
            "Finance Minister Grace Wanjiru to discuss debt relief.")
    assert len(_of(_held(text, "en", "2025-02-11"), "dialogue")) == 2
