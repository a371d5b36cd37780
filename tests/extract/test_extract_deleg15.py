"""Delegates from the text, round 13 (issue #16): kinds of delegate errors that recur across the tuning sets, probed
with sentences written for these tests (none is a corpus document); every test but the guards fails on the code
before it (kosp-merge at 6e8beb1)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _people_of(text: str, lang: str, published: str, kind: str) -> set[tuple[str, str | None]]:
    """(name, country) of every delegate of the held events of one type."""
    return {(d.name, d.country) for e in _held(text, lang, published) if e.type == kind for d in e.delegates}


def _people(text: str, lang: str, published: str) -> set[tuple[str, str | None]]:
    return {(d.name, d.country) for e in _held(text, lang, published) for d in e.delegates}


# ------------------------------------------------------------------ a signing told by its parties' office

# `회담 직후 양 정상 임석하에 … 서명식이 진행되었다`, `두 장관은 회담 직후 … 서명했다`, `the two leaders witnessed the
# signing`: the people of the meeting told before on that day sign (or see the signing), those of the office named.
def test_a_signing_by_the_two_leaders_has_the_meetings_people() -> None:
    text = ("윤석열 대통령은 5월 14일 마닐라 대통령궁에서 페르디난드 마르코스 필리핀 대통령과 정상회담을 가졌다.\n"
            "양 정상은 인프라 분야 협력을 확대하기로 했다.\n"
            "정상회담 직후 양 정상 임석하에 인프라 협력에 관한 양해각서 서명식이 진행되었다.")
    signed = _people_of(text, "ko", "2024-05-14", "agreement")
    assert {("윤석열", "KOR"), ("페르디난드 마르코스", "PHL")} <= signed
    text = ("President Gustavo Petro of Colombia held talks with Prime Minister Pedro Sanchez of Spain in Madrid on "
            "Monday. After the talks, the two leaders witnessed the signing of a memorandum of understanding on "
            "renewable energy.")
    signed = _people_of(text, "en", "2024-06-18", "agreement")
    assert {("Gustavo Petro", "COL"), ("Pedro Sanchez", "ESP")} <= signed


def test_a_signing_by_the_two_ministers_has_the_ministers_meeting() -> None:
    # the ministers' meeting, not the leaders' summit of that morning
    text = ("조태열 외교부 장관은 3월 5일 오슬로에서 에스펜 바르트 에이데 노르웨이 외교장관과 회담했다.\n"
            "이번 회담은 같은 날 오전 한덕수 국무총리와 요나스 가르 스퇴레 노르웨이 총리 간 회담에 이어 열렸다.\n"
            "두 장관은 회담 직후 「기후 협력에 관한 양해각서」에 서명했다.")
    signed = _people_of(text, "ko", "2024-03-05", "agreement")
    assert ("조태열", "KOR") in signed and ("에스펜 바르트 에이데", "NOR") in signed
    assert ("한덕수", "KOR") not in signed
    text = ("Minister Mary Ng of Canada met with Secretary of Trade Alfredo Pascual of the Philippines in Manila on "
            "Monday. The two ministers then signed an arrangement on critical minerals.")
    signed = _people_of(text, "en", "2024-06-18", "agreement")
    assert {("Mary Ng", "CAN"), ("Alfredo Pascual", "PHL")} <= signed


# Guard: `양국 기업 간 MOU 20건이 체결됐다` refers to the countries, not to any person of the meeting.
def test_a_signing_by_the_two_countries_companies_has_no_leaders() -> None:
    text = ("이재명 대통령은 8월 25일 워싱턴에서 도널드 트럼프 미국 대통령과 정상회담을 했다.\n"
            "같은 날 양국 기업 간 투자 양해각서 20건이 체결됐다.")
    assert not _people_of(text, "ko", "2025-08-25", "agreement")


# ------------------------------------------------------------------ Korean: the verb forms and the possessor

# `만났다`, `통화했다`: Kiwi's contraction hides `만나` and `통화를 했` from the text's attendance cue.
def test_met_and_called_in_contracted_past_report_attendance() -> None:
    text = "이재명 대통령은 6월 20일 대통령실에서 공식 방한한 카림 바디 튀니지 총리를 만났다."
    assert {("이재명", "KOR"), ("카림 바디", "TUN")} <= _people(text, "ko", "2024-06-20")
    text = "한덕수 국무총리는 6월 20일 오후 크리스토퍼 럭슨 뉴질랜드 총리와 통화했다."
    assert {("한덕수", "KOR"), ("크리스토퍼 럭슨", "NZL")} <= _people(text, "ko", "2024-06-20")


# `A 대통령과 B 대통령의 정상회담이 열렸다`: the possessors of the meeting noun met (`대통령의 방문` still does not).
def test_the_possessors_of_a_meeting_noun_met() -> None:
    text = "윤석열 대통령과 라닐 위크레마싱하 스리랑카 대통령의 정상회담이 6월 20일 콜롬보에서 열렸다."
    assert ("라닐 위크레마싱하", "LKA") in _people(text, "ko", "2024-06-20")
    text = "조태열 외교부 장관과 마르코 루비오 미국 국무장관의 회담이 6월 20일 워싱턴에서 진행됐다."
    assert ("마르코 루비오", "USA") in _people(text, "ko", "2024-06-20")


# ------------------------------------------------------------------ English: a future in a relative clause

# `signed an agreement that will …`, `called on President X, who will host …`: the relative clause's future says
# nothing of who attended.
def test_a_future_in_a_relative_clause_keeps_the_attendance() -> None:
    text = ("Chancellor Olaf Scholz and Prime Minister Fumio Kishida held talks in Tokyo on Monday and signed an "
            "agreement on defence supplies that will take effect next year.")
    assert {("Olaf Scholz", "DEU"), ("Fumio Kishida", "JPN")} <= _people(text, "en", "2024-06-18")
    text = ("Secretary of State Antony Blinken called on President William Ruto of Kenya in Nairobi on Monday, who "
            "will host the regional summit in March.")
    assert ("William Ruto", "KEN") in _people(text, "en", "2024-06-18")


# Guard: `said that she will meet …` still tells of a meeting to come.
def test_a_reported_future_is_still_no_attendance() -> None:
    text = "Secretary Gina Raimondo said that she will meet Minister Ahn Duk-geun in Seoul next week."
    assert not _people(text, "en", "2024-06-18")


# ------------------------------------------------------------------ witnesses of a signing

# `The signing was witnessed by A and B`, `A and B witnessed the signing of …`, `… 서명하는 모습을 지켜봤다`: who
# watched the signing attended it.
def test_witnesses_of_a_signing_attend_it() -> None:
    text = ("Prime Minister Christopher Luxon of New Zealand and Prime Minister Narendra Modi of India witnessed the "
            "signing of the New Zealand-India Free Trade Agreement in New Delhi on Monday.")
    signed = _people_of(text, "en", "2024-06-18", "agreement")
    assert {("Christopher Luxon", "NZL"), ("Narendra Modi", "IND")} <= signed
    text = ("Trade Minister Todd McClay of New Zealand and Trade Minister Piyush Goyal of India signed the Free Trade "
            "Agreement in New Delhi on Monday. The signing was witnessed by Prime Minister Christopher Luxon of New "
            "Zealand and Prime Minister Narendra Modi of India.")
    signed = _people_of(text, "en", "2024-06-18", "agreement")
    assert ("Christopher Luxon", "NZL") in signed and ("Narendra Modi", "IND") in signed


# A joint statement's `We are pleased to announce the launch of …` after `We, A, B and C, met in …`: those who met
# launch it.
def test_a_launch_announced_by_we_has_the_meetings_people() -> None:
    text = ("We, Anita Anand, Minister of Foreign Affairs of Canada, Jean-Noël Barrot, Minister for Europe and "
            "Foreign Affairs of France, and David Lammy, Secretary of State for Foreign Affairs of the United "
            "Kingdom, met in Ottawa on 12 March 2025.\n"
            "We are pleased to announce the launch of the Critical Minerals Production Alliance.")
    launched = _people_of(text, "en", "2025-03-12", "launch")
    assert {("Anita Anand", "CAN"), ("David Lammy", "GBR")} <= launched


# A meeting told by office after a signing (`A and B signed an MOU. The two leaders met in …, on the first day of
# X's visit`) has the signing's people, also when its sentence names one of them.
def test_a_meeting_of_the_two_leaders_after_a_signing_has_its_people() -> None:
    text = ("Prime Minister Keir Starmer of the United Kingdom and Prime Minister Mark Carney of Canada signed a "
            "memorandum of understanding on critical minerals in London on Monday. The two leaders met in Downing "
            "Street this morning, on the first day of Prime Minister Carney's official visit.")
    met = _people_of(text, "en", "2025-06-16", "dialogue")
    assert {("Keir Starmer", "GBR"), ("Mark Carney", "CAN")} <= met
    text = ("Prime Minister Anthony Albanese of Australia and President Prabowo Subianto of Indonesia signed a "
            "defence cooperation agreement in Canberra on Monday. The two leaders met at Parliament House this "
            "morning, on the second day of President Prabowo's state visit.")
    met = _people_of(text, "en", "2025-06-16", "dialogue")
    assert {("Anthony Albanese", "AUS"), ("Prabowo Subianto", "IDN")} <= met


# ------------------------------------------------------------------ Korean: transliterated names Kiwi misreads

# `부이 타잉 썬 베트남 외교장관` (`붓`+`이` … `썰`+`ㄴ`), `브엉 딘 후에 베트남 국회의장` (`후`+`에`), `응우옌 찌 중`
# (`찌` a verb, `중` a stop word): two to four short words from a clause boundary to the country of the person's
# phrase are the name.
def test_vietnamese_names_read_as_verbs_or_particles() -> None:
    text = "박윤주 외교부 1차관은 6월 20일 서울에서 부이 타잉 썬 베트남 외교장관과 회담했다."
    assert ("부이 타잉 썬", "VNM") in _people(text, "ko", "2024-06-20")
    text = "김진표 국회의장은 6월 20일 하노이에서 브엉 딘 후에 베트남 국회의장과 회담했다."
    assert ("브엉 딘 후에", "VNM") in _people(text, "ko", "2024-06-20")
    text = "최상목 부총리는 6월 20일 서울에서 응우옌 찌 중 베트남 기획투자부 장관과 면담했다."
    assert ("응우옌 찌 중", "VNM") in _people(text, "ko", "2024-06-20")


# Guard: an adnominal verb opening the words (`지난 회의 때 베트남 외교장관`) modifies them; no name.
def test_a_modifier_before_a_country_and_title_is_no_name() -> None:
    text = "박진 외교부 장관은 6월 20일 지난 회의 때 베트남 외교장관과 회담했다."
    assert {name for name, _ in _people(text, "ko", "2024-06-20")} == {"박진"}


# ------------------------------------------------------------------ English: styles and appositions

# `Datuk Seri`, `Tan Sri`, `Dato' Sri`, `Raksha Mantri Shri` before a name are styles, not part of it (`Sri Mulyani
# Indrawati` alone is a name).
def test_styles_before_a_name_are_not_the_name() -> None:
    text = "Prime Minister Narendra Modi met Tan Sri Muhyiddin Yassin of Malaysia in New Delhi on Monday."
    assert ("Muhyiddin Yassin", "MYS") in _people(text, "en", "2024-06-18")
    text = ("Minister Anita Anand of Canada met Dato' Sri Mohamad Hasan, Minister of Foreign Affairs of Malaysia, in "
            "Ottawa on Monday.")
    assert ("Mohamad Hasan", "MYS") in _people(text, "en", "2024-06-18")
    text = ("Raksha Mantri Shri Rajnath Singh held talks with Defence Minister Richard Marles of Australia in New "
            "Delhi on Monday.")
    assert ("Rajnath Singh", "IND") in _people(text, "en", "2024-06-18")
    text = "Minister Penny Wong met Finance Minister Sri Mulyani Indrawati of Indonesia in Jakarta on Monday."
    assert ("Sri Mulyani Indrawati", "IDN") in _people(text, "en", "2024-06-18")


# `Federal Councillor X, Head of the … Department of …, … of Switzerland; Minister Y, Minister for … of Sweden`: after
# a title that names no side, the apposition up to the semicolon does.
def test_a_semicolon_apposition_after_a_sideless_title_gives_the_side() -> None:
    text = ("The Agreement was signed by Federal Councillor Karin Keller-Sutter, Head of the Federal Department of "
            "Finance of Switzerland; and Minister Maria Malmer Stenergard, Minister for Foreign Affairs of Sweden, in "
            "Geneva on Monday.")
    people = _people(text, "en", "2025-01-21")
    assert {("Karin Keller-Sutter", "CHE"), ("Maria Malmer Stenergard", "SWE")} <= people
